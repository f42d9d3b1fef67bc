package org.xieshang.testing;

/** Which database the suite runs on: H2 in memory, or the PostgreSQL that CI names in XIESHANG_TEST_DB_URL. */
public final class TestDatabase {

    /** Set on the suite's second CI run, where tests of what the browser shows alone need not repeat. */
    public static final String POSTGRES_URL = "XIESHANG_TEST_DB_URL";

    private TestDatabase() {
    }

    public static boolean postgres() {
        String url = System.getenv(POSTGRES_URL);
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
