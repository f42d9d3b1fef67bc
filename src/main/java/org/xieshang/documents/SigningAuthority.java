package org.xieshang.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate authority that vouches for the people who sign documents. Either the deployment configures a
 * PKCS#12 keystore holding its CA key and certificate (XIESHANG_SIGNING_KEYSTORE, _PASSWORD, _ALIAS), or the product
 * creates its own CA the first time one is needed and keeps it in the database, so that every node of a cluster signs
 * with the same CA (a CA an earlier version kept under the data folder is taken over). Each signature gets a fresh key
 * and a certificate naming the signer, his role and organisation, issued by this CA.
 */
@Component
public class SigningAuthority {

    private static final String CREATED_ALIAS = "xieshang-ca";
    private static final int ROW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keystore;
    private final char[] secret;
    private final String entry;
    private final Path legacyFile;
    private final String authorityName;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Authority authority;

    private record Authority(PrivateKey key, X509Certificate certificate) {
    }

    SigningAuthority(@Value("${xieshang.signing.keystore}") String keystore, @Value("${xieshang.signing.password}") String password,
                     @Value("${xieshang.signing.alias}") String alias, @Value("${xieshang.signing.dir}") String dir,
                     @Value("${xieshang.signing.authority-name}") String authorityName, JdbcClient jdbc,
                     PlatformTransactionManager transactions) {
        this.keystore = keystore;
        this.secret = password.toCharArray();
        this.entry = alias.isBlank() ? CREATED_ALIAS : alias;
        this.legacyFile = Path.of(dir, "ca.p12");
        this.authorityName = authorityName;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Loaded on first need (the database is migrated by then), once per node. */
    private Authority authority() {
        Authority a = authority;
        if (a == null) {
            synchronized (this) {
                if (authority == null) {
                    authority = load();
                }
                a = authority;
            }
        }
        return a;
    }

    private Authority load() {
        try {
            byte[] bytes;
            if (!keystore.isBlank()) {
                Path file = Path.of(keystore);
                if (!Files.exists(file)) {
                    throw new IllegalStateException("Signing keystore " + file + " does not exist");
                }
                bytes = Files.readAllBytes(file);
            } else {
                bytes = stored().orElseGet(this::createOnce);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new java.io.ByteArrayInputStream(bytes), secret);
            PrivateKey key = (PrivateKey) store.getKey(entry, secret);
            X509Certificate certificate = (X509Certificate) store.getCertificate(entry);
            if (key == null || certificate == null) {
                throw new IllegalStateException("No key entry " + entry + " in the signing keystore");
            }
            return new Authority(key, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the signing CA", e);
        }
    }

    private java.util.Optional<byte[]> stored() {
        return jdbc.sql("select keystore from signing_authority where id = ?").param(ROW).query(byte[].class).optional();
    }

    /**
     * The CA a former version kept under the data folder, or a new one; of two nodes creating it at once the second's
     * insert fails and it takes the first's.
     */
    private byte[] createOnce() {
        try {
            byte[] bytes = Files.exists(legacyFile) ? Files.readAllBytes(legacyFile) : create(secret, authorityName);
            ownTransaction.executeWithoutResult(s -> jdbc.sql("insert into signing_authority (id, keystore, created_at) values (?, ?, ?)")
                    .params(ROW, bytes, java.sql.Timestamp.from(Instant.now())).update());
            return bytes;
        } catch (org.springframework.dao.DuplicateKeyException another) {
            return stored().orElseThrow();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the signing CA", e);
        }
    }

    /** A signer's key and certificate (valid for a day: the signature's time is what matters later). */
    public record Credential(PrivateKey key, X509Certificate certificate, X509Certificate issuer) {
    }

    public Credential issue(String name, String role, String organisation) {
        try {
            KeyPair pair = keyPair(2048);
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).addRDN(BCStyle.T, role)
                    .addRDN(BCStyle.O, organisation).addRDN(BCStyle.C, "CN").build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(authority().certificate(), serial(), Date.from(now.minusSeconds(300)),
                    Date.from(now.plus(Duration.ofDays(1))), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new Credential(pair.getPrivate(), sign(builder, authority().key()), authority().certificate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a signing certificate", e);
        }
    }

    public X509Certificate certificate() {
        return authority().certificate();
    }

    /** A new CA (ten years) as PKCS#12 bytes. */
    private static byte[] create(char[] secret, String authorityName) throws IOException, GeneralSecurityException {
        try {
            KeyPair pair = keyPair(3072);
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, authorityName).addRDN(BCStyle.C, "CN").build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minusSeconds(300)),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, secret);
            store.setKeyEntry(CREATED_ALIAS, pair.getPrivate(), secret, new Certificate[] {certificate});
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, secret);
            return out.toByteArray();
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }

    private static KeyPair keyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }
}
