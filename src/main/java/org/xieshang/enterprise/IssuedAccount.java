package org.xieshang.enterprise;

import java.io.Serializable;

/** A new account as the sheet lists it, once; {@code sent}: its one-time password also went out by a channel. */
public record IssuedAccount(String userId, String name, String enterprise, String roleKey, String oneTimePassword, boolean sent)
        implements Serializable {
}
