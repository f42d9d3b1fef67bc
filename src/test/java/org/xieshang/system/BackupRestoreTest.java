package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.contract.Contracts;
import org.xieshang.documents.DigitalSignatures;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.ContractWork;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * The backup and restore procedure of README "Backup and restore", run on the test database: pg_dump in the custom
 * format, pg_restore into a fresh database, and every case, process, document and signature found there as it was,
 * each document's bytes matching its recorded SHA-256 and each signature intact and issued by the restored CA.
 * PostgreSQL only (the procedure is PostgreSQL's); CI runs it there.
 */
@XieshangTest
@EnabledIf("org.xieshang.testing.TestDatabase#postgres")
class BackupRestoreTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DigitalSignatures signatures;
    @Autowired
    NegotiationFixture negotiations;
    @Autowired
    ContractFixture contractFixture;
    @Autowired
    ContractWork work;
    @Autowired
    Contracts contracts;
    @Autowired
    TestEnterprises enterprises;

    /** What the check compares: rows by key, each document's recomputed hash, each signature's verdict. */
    record Snapshot(List<String> cases, TreeMap<Long, String> documents, List<Long> hashMismatches, List<String> signatures,
                    List<Integer> engineRows, String authority) {
    }

    @Test
    void a_dump_restored_into_a_fresh_database_holds_every_case_document_and_signature_intact() throws Exception {
        signedContract();
        Snapshot before = snapshot(jdbc);
        assertThat(before.signatures()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s).endsWith("intact issued-here"));

        URI db = URI.create(System.getenv("XIESHANG_TEST_DB_URL").substring("jdbc:".length()));
        String name = db.getPath().substring(1);
        String restored = name + "_restored";
        Path dump = Path.of("target", "backup", name + ".dump");
        Files.createDirectories(dump.getParent());
        run("pg_dump", "-h", db.getHost(), "-p", String.valueOf(db.getPort()), "-U", user(), "-Fc", "-f", dump.toString(), name);
        jdbc.sql("drop database if exists " + restored).update();
        jdbc.sql("create database " + restored).update();
        try {
            run("pg_restore", "-h", db.getHost(), "-p", String.valueOf(db.getPort()), "-U", user(), "--no-owner", "--exit-on-error",
                    "-d", restored, dump.toString());
            String url = "jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + "/" + restored;
            Snapshot after = snapshot(JdbcClient.create(new DriverManagerDataSource(url, user(), "")));

            assertThat(after.hashMismatches()).isEmpty();
            assertThat(after).isEqualTo(before);
        } finally {
            jdbc.sql("drop database if exists " + restored).update();
        }
    }

    private void signedContract() {
        NegotiationFixture.Table t = negotiations.acceptedWageOffer();
        contractFixture.approvedDraft(t);
        long id = work.prepare(t.bargainingCase(), t.union());
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        work.sign(contracts.contract(id), null, t.union());
        work.sign(contracts.contract(id), null, enterprises.person("boss-b" + t.enterpriseId(), PartyDirectory.employerOf(t.enterpriseId()),
                PartyKind.EMPLOYER, t.enterpriseId(), Position.LEGAL_REPRESENTATIVE));
    }

    private Snapshot snapshot(JdbcClient db) {
        List<String> cases = db.sql("select concat(id, ' ', case_no, ' ', stage) from bargaining_case order by id")
                .query(String.class).list();
        TreeMap<Long, String> documents = new TreeMap<>();
        List<Long> mismatches = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        db.sql("select id, sha256, content from document order by id").query(rs -> {
            long id = rs.getLong("id");
            byte[] content = rs.getBytes("content");
            String sha = sha256(content);
            documents.put(id, sha);
            if (!sha.equals(rs.getString("sha256"))) {
                mismatches.add(id);
            }
            if (new String(content, StandardCharsets.ISO_8859_1).contains("/ByteRange")) {
                signatures.verify(content).forEach(v -> verdicts.add(id + " " + v.signer() + " "
                        + (v.intact() ? "intact" : "ALTERED") + " " + (v.issuedByAuthority() ? "issued-here" : "FOREIGN")));
            }
        });
        List<Integer> engineRows = new ArrayList<>();
        for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_job", "act_ru_variable", "act_hi_procinst",
                "act_hi_actinst", "act_re_procdef", "act_ge_bytearray")) {
            engineRows.add(db.sql("select count(*) from " + table).query(Integer.class).single());
        }
        String authority = db.sql("select keystore from signing_authority").query((rs, i) -> sha256(rs.getBytes(1))).single();
        return new Snapshot(cases, documents, mismatches, verdicts, engineRows, authority);
    }

    private static String user() {
        return System.getenv().getOrDefault("XIESHANG_TEST_DB_USER", "postgres");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
