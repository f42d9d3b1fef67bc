package org.xieshang.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.PortalUser;

@Controller
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/documents")
    String list(@CurrentUser PortalUser user, Model model) {
        model.addAttribute("documents", documents.visibleTo(user));
        model.addAttribute("fontProblem", documents.fontProblem().orElse(null));
        model.addAttribute("fontSource", documents.fontSource().orElse(null));
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
