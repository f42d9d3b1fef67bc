package org.xieshang.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Service;

/**
 * PAdES baseline signatures (ETSI.CAdES.detached) on stored PDFs, each with a visible block: the signer's name in
 * Chinese, role, organisation, time and an optional seal image. Every signature is added incrementally, so earlier
 * ones stay valid; verification recomputes each signed byte range and checks it against the CMS signature.
 */
@Service
public class DigitalSignatures {

    private static final float BLOCK_WIDTH = 220;
    private static final float BLOCK_HEIGHT = 70;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SigningAuthority authority;
    private final ChineseFont font;

    DigitalSignatures(SigningAuthority authority, ChineseFont font) {
        this.authority = authority;
        this.font = font;
    }

    /** Who signs and in which capacity; the seal is a PNG or JPEG, or null. */
    public record Signer(String name, String role, String organisation, byte[] seal) {
    }

    /**
     * One signature found in a file: who, when, whether the bytes it covers are unchanged, and whether the signer's
     * certificate was issued by this deployment's signing authority.
     */
    public record Verification(String signer, String role, String organisation, Calendar signedAt, boolean intact,
                               boolean coversWholeFileSoFar, boolean issuedByAuthority) {
    }

    public byte[] sign(byte[] pdf, Signer signer, ZonedDateTime at) {
        SigningAuthority.Credential credential = authority.issue(signer.name(), signer.role(), signer.organisation());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer.name());
            signature.setReason(signer.role());
            signature.setLocation(signer.organisation());
            signature.setSignDate(GregorianCalendar.from(at));
            int existing = document.getSignatureDictionaries().size();
            int page = document.getNumberOfPages() - 1;
            PDRectangle box = document.getPage(page).getMediaBox();
            // Side by side along the foot of the last page, one slot per signature.
            PDRectangle rect = new PDRectangle(40 + (existing % 2) * (BLOCK_WIDTH + 20), 40 + (existing / 2) * (BLOCK_HEIGHT + 10),
                    BLOCK_WIDTH, BLOCK_HEIGHT);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                options.setVisualSignature(appearance(box, rect, page, signer, at));
                options.setPage(page);
                document.addSignature(signature, content -> cms(content, credential), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign the document", e);
        }
    }

    public List<Verification> verify(byte[] pdf) {
        List<Verification> result = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                int[] range = signature.getByteRange();
                Optional<CMSSignedData> cms = cms(signature.getContents(pdf), signature.getSignedContent(pdf));
                result.add(new Verification(signature.getName(), signature.getReason(), signature.getLocation(),
                        signature.getSignDate(), cms.map(DigitalSignatures::intact).orElse(false), range.length == 4 && range[0] == 0,
                        cms.map(c -> issuedBy(c, authority.certificate())).orElse(false)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the document's signatures", e);
        }
        return result;
    }

    /** The CMS signature a /Contents entry holds, over the bytes it signed; empty when it cannot be read. */
    private static Optional<CMSSignedData> cms(byte[] contents, byte[] signedContent) {
        // /Contents is padded with zeros to its reserved size; read the one DER object it holds.
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return Optional.of(new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject())));
        } catch (CMSException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean intact(CMSSignedData cms) {
        try {
            for (SignerInformation info : cms.getSignerInfos().getSigners()) {
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerCertificate(cms, info)))) {
                    return false;
                }
            }
            return true;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean issuedBy(CMSSignedData cms, X509Certificate authority) {
        try {
            for (SignerInformation info : cms.getSignerInfos().getSigners()) {
                if (!signerCertificate(cms, info).isSignatureValid(new JcaContentVerifierProviderBuilder().build(authority))) {
                    return false;
                }
            }
            return true;
        } catch (CertException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private static X509CertificateHolder signerCertificate(CMSSignedData cms, SignerInformation info) {
        @SuppressWarnings("unchecked")
        var matches = cms.getCertificates().getMatches(info.getSID());
        return (X509CertificateHolder) matches.iterator().next();
    }

    /** Detached CMS over the signed byte ranges, with the signing-certificate-v2 attribute PAdES requires. */
    private static byte[] cms(InputStream content, SigningAuthority.Credential credential) throws IOException {
        try {
            X509Certificate cert = credential.certificate();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash));
            AttributeTable attributes = new AttributeTable(new org.bouncycastle.asn1.cms.Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new org.bouncycastle.asn1.DERSet(signingCertificate)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(credential.key()), cert));
            generator.addCertificates(new JcaCertStore(List.of(cert, credential.issuer())));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot create the CMS signature", e);
        }
    }

    /** A one-page document holding just the signature field and its visible appearance, as PDFBox expects it. */
    private InputStream appearance(PDRectangle pageBox, PDRectangle rect, int pageIndex, Signer signer, ZonedDateTime at)
            throws IOException {
        return font.use(ttf -> appearance(ttf, pageBox, rect, pageIndex, signer, at));
    }

    private static InputStream appearance(TrueTypeFont ttf, PDRectangle pageBox, PDRectangle rect, int pageIndex,
                                          Signer signer, ZonedDateTime at) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(pageBox);
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.getFields().add(field);
            widget.setRectangle(rect);
            widget.setPage(page);
            widget.setPrinted(true);
            page.getAnnotations().add(widget);
            PDFormXObject stream = new PDFormXObject(template);
            stream.setResources(new PDResources());
            stream.setFormType(1);
            stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDType0Font type0 = PDType0Font.load(template, ttf, true);
            try (PDPageContentStream cs = new PDPageContentStream(template, new PDAppearanceStream(stream.getCOSObject()))) {
                cs.setLineWidth(0.8f);
                cs.setStrokingColor(0.55f, 0.1f, 0.1f);
                cs.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
                cs.stroke();
                if (signer.seal() != null) {
                    PDImageXObject seal = PDImageXObject.createFromByteArray(template, signer.seal(), "seal");
                    cs.drawImage(seal, rect.getWidth() - 64, 3, 62, 62);
                }
                line(cs, type0, 11, 8, 50, signer.name());
                line(cs, type0, 8, 8, 35, signer.role());
                line(cs, type0, 8, 8, 22, signer.organisation());
                line(cs, type0, 8, 8, 9, "数字签名 " + TIME.format(at));
            }
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            appearance.setNormalAppearance(new PDAppearanceStream(stream.getCOSObject()));
            widget.setAppearance(appearance);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void line(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
