package org.xieshang.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DigitalSignatures;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.FlashErrors;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyTasks;
import org.xieshang.system.PortalUser;

/**
 * The contract pages: the register (/contracts, with CSV for officials), one contract with its signatures checked on
 * every view and download, and the task forms of signing, filing, review and publication on that page.
 */
@Controller
class ContractController {

    private static final Set<DocumentType> CONTRACT_DOCUMENTS = Set.of(DocumentType.COLLECTIVE_CONTRACT, DocumentType.FILING_FORM,
            DocumentType.FILING_SUPPLEMENT, DocumentType.REVIEW_OPINION, DocumentType.PUBLICATION_NOTICE,
            DocumentType.CONGRESS_RESOLUTION, DocumentType.CONTRACT_DRAFT);

    private final Contracts contracts;
    private final ContractSigning signing;
    private final Filings filings;
    private final Reviews reviews;
    private final ContractTerms terms;
    private final ContractRegister register;
    private final BargainingCases cases;
    private final CollectiveBargainingProcess bargaining;
    private final ContractReviewProcess reviewProcess;
    private final CollectiveContractProcess termProcess;
    private final PartyTasks partyTasks;
    private final PartyDirectory parties;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    ContractController(Contracts contracts, ContractSigning signing, Filings filings, Reviews reviews, ContractTerms terms,
                       ContractRegister register, BargainingCases cases, CollectiveBargainingProcess bargaining,
                       ContractReviewProcess reviewProcess, CollectiveContractProcess termProcess, PartyTasks partyTasks,
                       PartyDirectory parties, DocumentService documents, DeadlineService deadlines) {
        this.contracts = contracts;
        this.signing = signing;
        this.filings = filings;
        this.reviews = reviews;
        this.terms = terms;
        this.register = register;
        this.cases = cases;
        this.bargaining = bargaining;
        this.reviewProcess = reviewProcess;
        this.termProcess = termProcess;
        this.partyTasks = partyTasks;
        this.parties = parties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @GetMapping("/contracts")
    String list(@CurrentUser PortalUser user, Model model) {
        List<Contract> all = contracts.visibleTo(user);
        model.addAttribute("rows", all.stream().map(register::row).toList());
        model.addAttribute("pipeline", register.pipeline(all));
        model.addAttribute("figures", register.figures(all));
        model.addAttribute("today", deadlines.today());
        model.addAttribute("principal", ContractSigning.principal(user) && user.partyKind() != null
                && (user.enterpriseId() != null || user.federationId() != null));
        return "contracts/list";
    }

    @GetMapping(value = "/contracts.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@CurrentUser PortalUser user, Locale locale) {
        byte[] body = register.csv(contracts.visibleTo(user), locale).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("contracts-" + deadlines.today() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    @GetMapping("/contracts/{id}")
    String show(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        Contract k = contracts.get(id, user);
        model.addAttribute("contract", k);
        model.addAttribute("phase", k.phase(deadlines.today()));
        model.addAttribute("clauses", contracts.clauses(id));
        model.addAttribute("coverage", contracts.coverage(id));
        model.addAttribute("signatures", signing.verify(k));
        model.addAttribute("documents", documents.ofCaseVisibleTo(k.caseNo(), user).stream()
                .filter(d -> CONTRACT_DOCUMENTS.contains(d.type())).toList());
        model.addAttribute("filings", filings.filings(id).stream().map(f -> new FilingView(f, filings.items(f.id()))).toList());
        boolean official = user.districtWide() || user.admin();
        model.addAttribute("findings", official || ContractDocuments.sides(k).contains(user.partyId()) ? reviews.findings(k) : List.of());
        model.addAttribute("review", reviews.review(id).orElse(null));
        model.addAttribute("timeline", cases.timeline(k.caseId()));
        model.addAttribute("today", deadlines.today());
        String caseNo = k.caseNo();
        model.addAttribute("signTask", bargaining.openTask(caseNo, CollectiveBargaining.TASK_SIGN_WORKER_CHIEF, user)
                .or(() -> bargaining.openTask(caseNo, CollectiveBargaining.TASK_SIGN_EMPLOYER_CHIEF, user))
                .filter(t -> k.status() == ContractStatus.SIGNING).isPresent());
        model.addAttribute("fileTask", k.status() == ContractStatus.SIGNED
                && bargaining.openTask(caseNo, CollectiveBargaining.TASK_FILE_CONTRACT, user).isPresent());
        model.addAttribute("acceptTask", k.status() == ContractStatus.FILED
                && reviewProcess.openTask(caseNo, ContractReview.TASK_ACCEPT_FILING, user).isPresent());
        model.addAttribute("supplementTask", k.status() == ContractStatus.RETURNED
                && reviewProcess.openTask(caseNo, ContractReview.TASK_SUPPLEMENT_FILING, user).isPresent());
        model.addAttribute("reviewTask", k.status() == ContractStatus.UNDER_REVIEW
                && reviewProcess.openTask(caseNo, ContractReview.TASK_REVIEW_CONTRACT, user).isPresent());
        model.addAttribute("publishTask", termProcess.openTask(id, CollectiveContract.TASK_PUBLISH_UNION_SIDE, user)
                .or(() -> termProcess.openTask(id, CollectiveContract.TASK_PUBLISH_EMPLOYER_SIDE, user)).isPresent());
        model.addAttribute("mayOpenCase", ContractTerms.unionOf(k).equals(user.partyId()) && k.status() == ContractStatus.EFFECTIVE);
        return "contracts/show";
    }

    record FilingView(Filings.Filing filing, List<ContractDocuments.Item> items) {
    }

    /** The signed file, checked before it leaves: the result travels in headers and on the page. */
    @GetMapping("/contracts/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable long id, @CurrentUser PortalUser user) {
        Contract k = contracts.get(id, user);
        if (k.documentId() == null) {
            throw new NotFoundException("contract text " + id);
        }
        byte[] pdf = documents.content(k.documentId(), user);
        List<DigitalSignatures.Verification> checked = signing.verify(k);
        long valid = checked.stream().filter(DigitalSignatures.Verification::intact).count();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(documents.get(k.documentId(), user).fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Signatures-Valid", String.valueOf(valid))
                .header("X-Signatures-Invalid", String.valueOf(checked.size() - valid))
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    // ---- task forms (the inbox links here) --------------------------------------------------------------------

    @GetMapping("/forms/prepare-contract")
    String prepareForm(@RequestParam String taskId, @CurrentUser PortalUser user, Model model) {
        Task task = bargaining.task(taskId, user);
        BargainingCase c = cases.findByNo(bargaining.caseNoOf(task)).orElseThrow();
        model.addAttribute("task", task);
        model.addAttribute("bargainingCase", c);
        model.addAttribute("termination", signing.purposeOf(c) == Contract.Purpose.TERMINATION);
        return "contracts/prepare";
    }

    @PostMapping("/forms/prepare-contract")
    String prepare(@RequestParam String taskId, @RequestParam(required = false) Integer termYears, @CurrentUser PortalUser user,
                   Model model) {
        Task task = bargaining.task(taskId, user);
        BargainingCase c = cases.findByNo(bargaining.caseNoOf(task)).orElseThrow();
        try {
            return "redirect:/contracts/" + signing.prepare(c, termYears, user);
        } catch (BusinessRuleException e) {
            model.addAttribute("errors", e.violations());
            return prepareForm(taskId, user, model);
        }
    }

    @GetMapping({"/forms/sign-contract", "/forms/file-contract", "/forms/accept-filing", "/forms/supplement-filing",
            "/forms/review-contract", "/forms/publish-contract"})
    String taskForm(@RequestParam String taskId, @CurrentUser PortalUser user) {
        Task task = partyTasks.anyOf(taskId, user, CollectiveBargaining.PROCESS_ID, ContractReview.PROCESS_ID,
                CollectiveContract.PROCESS_ID).orElseThrow(() -> new NotFoundException("task " + taskId));
        return "redirect:/contracts/" + partyTasks.variable(task, CollectiveBargaining.CONTRACT_ID) + "#actions";
    }

    @PostMapping("/contracts/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) MultipartFile seal, @CurrentUser PortalUser user,
                RedirectAttributes redirect) throws IOException {
        byte[] image = seal == null || seal.isEmpty() ? null : seal.getBytes();
        FlashErrors.attempt(redirect, () -> signing.sign(contracts.get(id, user), image, user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/file")
    String file(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> filings.file(contracts.get(id, user), user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/accept")
    String accept(@PathVariable long id, @RequestParam String option, @RequestParam(required = false) String missing,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Contract k = contracts.get(id, user);
        FlashErrors.attempt(redirect, () -> {
            if ("accept".equals(option)) {
                filings.accept(k, user);
            } else {
                filings.returnIncomplete(k, missing, user);
            }
        });
        return back(id);
    }

    @PostMapping("/contracts/{id}/supplement")
    String supplement(@PathVariable long id, @RequestParam(required = false) String note,
                      @RequestParam(required = false) MultipartFile file, @CurrentUser PortalUser user,
                      RedirectAttributes redirect) throws IOException {
        byte[] pdf = file == null || file.isEmpty() ? null : file.getBytes();
        FlashErrors.attempt(redirect, () -> filings.supplement(contracts.get(id, user), note, pdf, user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) Boolean standingOk,
                  @RequestParam(required = false) Boolean procedureOk, @RequestParam(required = false) Boolean contentOk,
                  @RequestParam(required = false) String remarks, @RequestParam(defaultValue = "false") boolean objection,
                  @RequestParam(required = false) List<Integer> objectedClauses, @RequestParam(required = false) String opinion,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> reviews.decide(contracts.get(id, user), new Reviews.Decision(standingOk, procedureOk,
                contentOk, remarks, objection, objectedClauses, opinion), user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/publish")
    String publish(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> terms.published(contracts.get(id, user), user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/cases")
    String openCase(@PathVariable long id, @RequestParam Contract.Purpose purpose, @CurrentUser PortalUser user,
                    RedirectAttributes redirect) {
        Contract k = contracts.get(id, user);
        BargainingCase[] opened = new BargainingCase[1];
        if (FlashErrors.attempt(redirect, () -> opened[0] = terms.startCase(k, purpose, user))) {
            return "redirect:/cases/" + opened[0].id();
        }
        return back(id);
    }

    // ---- signing authorisations ---------------------------------------------------------------------------------

    @GetMapping("/contracts/authorisations")
    String authorisations(@CurrentUser PortalUser user, Model model) {
        if (!ContractSigning.principal(user)) {
            throw new NotFoundException("authorisations");
        }
        model.addAttribute("authorisations", signing.authorisations(user.partyId()));
        model.addAttribute("members", parties.members(user.partyId()).stream()
                .filter(m -> !m.userId().equals(user.userId())).toList());
        model.addAttribute("today", deadlines.today());
        return "contracts/authorisations";
    }

    @PostMapping("/contracts/authorisations")
    String authorise(@RequestParam(required = false) String userId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterDate,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                     @RequestParam(required = false) String scope, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        FlashErrors.attempt(redirect, () -> signing.authorise(userId, letterDate, validUntil, scope, user));
        return "redirect:/contracts/authorisations";
    }

    @PostMapping("/contracts/authorisations/{id}/revoke")
    String revoke(@PathVariable long id, @CurrentUser PortalUser user) {
        signing.revoke(id, user);
        return "redirect:/contracts/authorisations";
    }

    private static String back(long id) {
        return "redirect:/contracts/" + id;
    }
}
