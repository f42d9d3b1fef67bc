package org.xieshang.system;

/** Also thrown for what exists but the user's party may not see: the portal never confirms that it exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
