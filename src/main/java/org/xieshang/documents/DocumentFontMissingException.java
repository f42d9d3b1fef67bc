package org.xieshang.documents;

import org.xieshang.system.ServiceUnavailableException;

/** No usable Chinese font: the message says what to install. */
public class DocumentFontMissingException extends ServiceUnavailableException {

    DocumentFontMissingException(String message) {
        super(message);
    }
}
