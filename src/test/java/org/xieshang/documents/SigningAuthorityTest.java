package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.xieshang.testing.XieshangTest;

/**
 * Every node signs with one CA: it lives in the database, so a second node (another instance on the same database)
 * loads the very certificate the first uses, and what one node issues chains to the other's CA.
 */
@XieshangTest
class SigningAuthorityTest {

    @Autowired
    SigningAuthority authority;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private SigningAuthority anotherNode() {
        return new SigningAuthority("", "xieshang-signing", "", "target/no-such-dir", "协商平台数字签名证书颁发机构", jdbc, transactions);
    }

    @Test
    void nodes_that_start_together_on_one_database_sign_with_the_same_ca() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<java.security.cert.X509Certificate>> nodes = List.of(() -> anotherNode().certificate(),
                    () -> anotherNode().certificate(), () -> anotherNode().certificate());
            for (var node : pool.invokeAll(nodes)) {
                assertThat(node.get()).isEqualTo(authority.certificate());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from signing_authority").query(Integer.class).single()).isEqualTo(1);
        SigningAuthority.Credential issued = anotherNode().issue("王秀兰", "工会主席", "宁夏鑫晶盛电子材料有限公司");
        issued.certificate().verify(authority.certificate().getPublicKey());
        assertThat(issued.certificate().getIssuerX500Principal()).isEqualTo(authority.certificate().getSubjectX500Principal());
    }
}
