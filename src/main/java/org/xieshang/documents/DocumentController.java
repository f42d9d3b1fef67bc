package org.xieshang.documents;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Page;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

@Controller
class DocumentController {

    static final int PAGE_SIZE = 50;
    /** Who generated a document when no person did: the process's service steps. */
    private static final String SYSTEM = "system";

    private final DocumentService documents;
    private final PartyDirectory parties;

    DocumentController(DocumentService documents, PartyDirectory parties) {
        this.documents = documents;
        this.parties = parties;
    }

    /**
     * The documents the user may read, searched by title or case number and filtered by type, a page at a time,
     * with people's names instead of account ids; the font and the checksums are for the administrator.
     */
    @GetMapping("/documents")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) DocumentType type,
                @RequestParam(defaultValue = "0") int page, @CurrentUser PortalUser user, Model model) {
        List<StoredDocument> visible = documents.visibleTo(user);
        String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        List<StoredDocument> found = visible.stream().filter(d -> type == null || d.type() == type)
                .filter(d -> needle.isEmpty() || d.title().toLowerCase(Locale.ROOT).contains(needle)
                        || (d.caseRef() != null && d.caseRef().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        List<StoredDocument> onPage = Page.of(found, page, PAGE_SIZE).addTo(model, "documents").items();
        Map<String, String> authors = new HashMap<>();
        onPage.forEach(d -> authors.computeIfAbsent(d.createdBy(), id -> SYSTEM.equals(id) ? null : parties.displayName(id)));
        model.addAttribute("authors", authors);
        model.addAttribute("types", visible.stream().map(StoredDocument::type).distinct().sorted().toList());
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("admin", user.admin());
        model.addAttribute("fontProblem", documents.fontProblem().orElse(null));
        if (user.admin()) {
            model.addAttribute("fontSource", documents.fontSource().orElse(null));
        }
        return "documents/list";
    }

    @GetMapping("/documents/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable long id, @CurrentUser PortalUser user) {
        StoredDocument document = documents.get(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(documents.content(id, user));
    }

    @GetMapping("/api/documents")
    @ResponseBody
    List<StoredDocument> api(@CurrentUser PortalUser user) {
        return documents.visibleTo(user);
    }

    @GetMapping("/api/documents/{id}")
    @ResponseBody
    StoredDocument apiOne(@PathVariable long id, @CurrentUser PortalUser user) {
        return documents.get(id, user);
    }
}
