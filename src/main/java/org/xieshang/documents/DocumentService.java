package org.xieshang.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Children;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PortalUser;

/**
 * Generates formal documents from templates/ and keeps every version with its SHA-256 and the parties that
 * may read it. Reads check that list, so a document id typed by hand reveals nothing.
 */
@Service
public class DocumentService {

    private static final String SELECT = """
            select id, type, version, case_ref, enterprise_id, federation_id, title, file_name, sha256, size_bytes,
                   created_by, created_at from document""";

    private final JdbcClient jdbc;
    private final DocumentTemplates templates;
    private final PdfRenderer renderer;
    private final ChineseFont font;
    private final AccessPolicy access;

    private final io.micrometer.core.instrument.Timer renderTime;

    DocumentService(JdbcClient jdbc, DocumentTemplates templates, PdfRenderer renderer, ChineseFont font,
                    AccessPolicy access, io.micrometer.core.instrument.MeterRegistry meters) {
        this.renderTime = io.micrometer.core.instrument.Timer.builder("xieshang.pdf.render")
                .description("Time to render one document to PDF/A").register(meters);
        this.jdbc = jdbc;
        this.templates = templates;
        this.renderer = renderer;
        this.font = font;
        this.access = access;
    }

    /**
     * What one generation needs. {@code caseRef} groups versions (a case id, or e.g. "enterprise-12" for
     * registry documents); {@code visibleTo} lists party ids.
     */
    public record Request(DocumentType type, String caseRef, Long enterpriseId, Long federationId, String title,
                          Set<String> visibleTo, String createdBy) {
    }

    /** Renders the type's template with the model, converts it to PDF/A and stores it as the next version. */
    @Transactional
    public StoredDocument generate(Request request, DocumentModel model) {
        Map<String, Object> page = Map.of("documentTitle", request.title(), "fontFamily", PdfRenderer.FONT_FAMILY);
        String xhtml = templates.render(request.type().template(), model, page);
        return store(request, renderTime.record(() -> renderer.render(xhtml)));
    }

    /** Renders the type's template as {@link #generate} would, marked as a preview, and stores nothing. */
    public byte[] preview(DocumentType type, String title, DocumentModel model) {
        Map<String, Object> page = Map.of("documentTitle", title, "fontFamily", PdfRenderer.FONT_FAMILY, "preview", true);
        return renderer.render(templates.render(type.template(), model, page));
    }

    /**
     * Keeps a PDF that was not generated here (a scanned supplement to a filing) as a version of its type in the case.
     * Only a PDF is accepted, the bureau's reviewers open everything in the same viewer; and only one without scripts,
     * launch actions or embedded files (UploadedPdf).
     */
    @Transactional
    public StoredDocument storeUpload(Request request, byte[] pdf) {
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new org.xieshang.system.BusinessRuleException("file", "document.upload.notPdf");
        }
        UploadedPdf.problem(pdf).ifPresent(key -> {
            throw new org.xieshang.system.BusinessRuleException("file", key);
        });
        return store(request, pdf);
    }

    /**
     * A new version of a stored document with changed bytes (a signature added), readable by the same parties. The
     * earlier version stays, so each signature's state is on record.
     */
    @Transactional
    public StoredDocument storeVersion(long documentId, byte[] pdf, String createdBy) {
        StoredDocument d = find(documentId).orElseThrow(() -> new NotFoundException("document " + documentId));
        return store(new Request(d.type(), d.caseRef(), d.enterpriseId(), d.federationId(), d.title(),
                Set.copyOf(d.visibleTo()), createdBy), pdf);
    }

    /** The bytes for a service that works on the document itself (signing, verifying); never for a user's request. */
    public byte[] bytes(long id) {
        return jdbc.sql("select content from document where id = ?").param(id).query(byte[].class).single();
    }

    private StoredDocument store(Request request, byte[] pdf) {
        int version = jdbc.sql("select coalesce(max(version), 0) from document where type = ? and case_ref = ?")
                .params(request.type().name(), request.caseRef()).query(Integer.class).single() + 1;
        String fileName = request.title() + (version > 1 ? "-v" + version : "") + ".pdf";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into document (type, version, case_ref, enterprise_id, federation_id, title, file_name,
                            sha256, size_bytes, content, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.type().name(), version, request.caseRef(), request.enterpriseId(),
                        request.federationId(), request.title(), fileName, sha256(pdf), pdf.length, pdf,
                        request.createdBy(), Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        share(id, request.visibleTo());
        return find(id).orElseThrow();
    }

    /** Lets more parties read a stored document (a contract draft reaching the congress delegates). */
    @Transactional
    public void share(long documentId, Set<String> parties) {
        Set<String> already = Set.copyOf(jdbc.sql("select party_id from document_access where document_id = ?")
                .param(documentId).query(String.class).list());
        parties.stream().filter(p -> !already.contains(p)).forEach(party -> jdbc.sql(
                "insert into document_access (document_id, party_id) values (?, ?)").params(documentId, party).update());
    }

    public List<StoredDocument> visibleTo(PortalUser user) {
        return readable(user, "", null);
    }

    public List<StoredDocument> ofEnterpriseVisibleTo(long enterpriseId, PortalUser user) {
        return readable(user, " and d.enterprise_id = ?", enterpriseId);
    }

    public List<StoredDocument> ofCaseVisibleTo(String caseRef, PortalUser user) {
        return readable(user, " and d.case_ref = ?", caseRef);
    }

    /** Every document of a case, for a service assembling a package (a filing); never for a user's request. */
    public List<StoredDocument> ofCase(String caseRef) {
        return withReaders(jdbc.sql(SELECT + " where case_ref = ? order by type, version").param(caseRef).query(this::document).list());
    }

    /** The document's record if the user's party may read it; otherwise as if it did not exist. */
    public StoredDocument get(long id, PortalUser user) {
        Set<String> parties = access.readableDocumentParties(user);
        return find(id).filter(d -> d.visibleTo().stream().anyMatch(parties::contains))
                .orElseThrow(() -> new NotFoundException("document " + id));
    }

    public byte[] content(long id, PortalUser user) {
        get(id, user);
        return bytes(id);
    }

    /** For the documents page and the health of generation: where the font came from, or what to install. */
    public Optional<String> fontProblem() {
        return font.problem();
    }

    public Optional<String> fontSource() {
        return font.source();
    }

    private Optional<StoredDocument> find(long id) {
        return withReaders(jdbc.sql(SELECT + " where id = ?").param(id).query(this::document).list()).stream().findFirst();
    }

    private List<StoredDocument> readable(PortalUser user, String condition, Object conditionParam) {
        Set<String> parties = access.readableDocumentParties(user);
        List<Object> params = new ArrayList<>(parties);
        String placeholders = String.join(",", parties.stream().map(p -> "?").toList());
        if (conditionParam != null) {
            params.add(conditionParam);
        }
        return withReaders(jdbc.sql(SELECT + " d where exists (select 1 from document_access a where a.document_id = d.id"
                        + " and a.party_id in (" + placeholders + "))" + condition
                        + " order by d.created_at desc, d.id desc")
                .params(params).query(this::document).list());
    }

    /** Each document with the parties that may read it. */
    private List<StoredDocument> withReaders(List<StoredDocument> documents) {
        return Children.attach(jdbc, documents, StoredDocument::id,
                "select document_id, party_id from document_access where document_id in (:ids) order by document_id, party_id",
                (r, i) -> new Children.Of<>(r.getLong("document_id"), r.getString("party_id")),
                (d, parties) -> new StoredDocument(d.id(), d.type(), d.version(), d.caseRef(), d.enterpriseId(), d.federationId(),
                        d.title(), d.fileName(), d.sha256(), d.sizeBytes(), d.createdBy(), d.createdAt(), parties));
    }

    private StoredDocument document(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("type")), rs.getInt("version"),
                rs.getString("case_ref"), rs.getObject("enterprise_id", Long.class),
                rs.getObject("federation_id", Long.class), rs.getString("title"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getInt("size_bytes"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
