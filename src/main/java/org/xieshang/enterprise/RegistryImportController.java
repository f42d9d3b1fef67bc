package org.xieshang.enterprise;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Spreadsheet;

/** 导入企业名录: upload, the list of bad rows or the preview of what the file will do, and the confirmation. */
@Controller
class RegistryImportController {

    private final RegistryImport imports;
    private final org.xieshang.system.AccessPolicy access;

    RegistryImportController(RegistryImport imports, org.xieshang.system.AccessPolicy access) {
        this.imports = imports;
        this.access = access;
    }

    @GetMapping("/enterprises/import")
    String form(@CurrentUser PortalUser user, Model model) {
        if (!access.canEditRegistry(user) || user.districtId() == null) {
            throw new org.xieshang.system.NotFoundException("registry import");
        }
        model.addAttribute("columns", Arrays.stream(RegistryFile.Column.values()).map(c -> new ColumnHelp(c.name(), c.headers.get(0),
                c.required)).toList());
        model.addAttribute("maxRows", RegistryFile.MAX_ROWS);
        return "enterprises/import";
    }

    public record ColumnHelp(String key, String header, boolean required) {
    }

    /** A workbook with the header row, to fill in. */
    @GetMapping("/enterprises/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        return new Spreadsheet().sheet("企业名录", Arrays.stream(RegistryFile.Column.values()).map(c -> c.headers.get(0)).toList())
                .xlsx("registry-template");
    }

    @PostMapping("/enterprises/import")
    String upload(@CurrentUser PortalUser user, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(new ImportProblem(0, "import.file.empty")));
            return "redirect:/enterprises/import";
        }
        RegistryImport.Outcome outcome = imports.upload(user, file.getOriginalFilename(), file.getBytes());
        if (!outcome.problems().isEmpty()) {
            redirect.addFlashAttribute("problems", outcome.problems());
            redirect.addFlashAttribute("fileName", file.getOriginalFilename());
            return "redirect:/enterprises/import";
        }
        redirect.addFlashAttribute("notice", "notice.registryChecked");
        return "redirect:/enterprises/import/" + outcome.uploadId();
    }

    @GetMapping("/enterprises/import/{id}")
    String preview(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        model.addAttribute("preview", imports.preview(id, user));
        return "enterprises/import-preview";
    }

    @PostMapping("/enterprises/import/{id}")
    String apply(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.registryImported", () -> imports.apply(id, user));
        return "redirect:/enterprises/import/" + id;
    }
}
