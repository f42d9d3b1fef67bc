package org.xieshang.testing;

/** Which database the suite runs on: H2 in memory, or the PostgreSQL that CI names in XIESHANG_TEST_DB_URL. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** CI's second run, where tests of what the browser shows alone need not repeat. */
    public static boolean postgres() {
        String url = System.getenv("XIESHANG_TEST_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
