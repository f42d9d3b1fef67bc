package org.xieshang.enterprise;

import java.util.concurrent.atomic.AtomicInteger;

/** Registry data for tests that import. */
public final class RegistryImportTestSupport {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private RegistryImportTestSupport() {
    }

    /** A valid USCC of Ningxia, never used before in this run. */
    public static String uscc() {
        String first17 = "91640100MA" + String.format("%07d", System.nanoTime() % 9_000_000 + SERIAL.incrementAndGet());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
