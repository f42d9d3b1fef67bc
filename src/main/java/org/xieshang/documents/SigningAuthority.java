package org.xieshang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.springframework.stereotype.Component;

/**
 * The certificate authority that vouches for the people who sign documents. Either the deployment configures a
 * PKCS#12 keystore holding its CA key and certificate (XIESHANG_SIGNING_KEYSTORE, _PASSWORD, _ALIAS), or the product
 * creates its own CA on first start and keeps it under the data folder. Each signature gets a fresh key and a
 * certificate naming the signer, his role and organisation, issued by this CA.
 */
@Component
public class SigningAuthority {

    private static final String CREATED_ALIAS = "xieshang-ca";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey caKey;
    private final X509Certificate caCertificate;

    SigningAuthority(@Value("${xieshang.signing.keystore}") String keystore, @Value("${xieshang.signing.password}") String password,
                     @Value("${xieshang.signing.alias}") String alias, @Value("${xieshang.signing.dir}") String dir,
                     @Value("${xieshang.signing.authority-name}") String authorityName) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] secret = password.toCharArray();
        String entry = alias.isBlank() ? CREATED_ALIAS : alias;
        Path file = keystore.isBlank() ? Path.of(dir, "ca.p12") : Path.of(keystore);
        if (!Files.exists(file)) {
            if (!keystore.isBlank()) {
                throw new IllegalStateException("Signing keystore " + file + " does not exist");
            }
            create(store, file, secret, authorityName);
        }
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, secret);
        }
        this.caKey = (PrivateKey) store.getKey(entry, secret);
        this.caCertificate = (X509Certificate) store.getCertificate(entry);
        if (caKey == null || caCertificate == null) {
            throw new IllegalStateException("No key entry " + entry + " in " + file);
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
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(), Date.from(now.minusSeconds(300)),
                    Date.from(now.plus(Duration.ofDays(1))), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new Credential(pair.getPrivate(), sign(builder, caKey), caCertificate);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a signing certificate", e);
        }
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    private static void create(KeyStore store, Path file, char[] secret, String authorityName) throws IOException, GeneralSecurityException {
        try {
            KeyPair pair = keyPair(3072);
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, authorityName).addRDN(BCStyle.C, "CN").build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minusSeconds(300)),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            store.load(null, secret);
            store.setKeyEntry(CREATED_ALIAS, pair.getPrivate(), secret, new Certificate[] {certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, secret);
            }
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
