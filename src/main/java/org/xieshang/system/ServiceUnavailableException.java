package org.xieshang.system;

/** Something the deployment lacks (a font, a certificate); the message says what to install or configure. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
