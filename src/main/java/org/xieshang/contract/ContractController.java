package org.xieshang.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import org.xieshang.bargaining.CaseTask;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.negotiation.Authorisations;
import org.xieshang.documents.DigitalSignatures;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.CaseVariables;
import org.xieshang.system.PortalUser;

/**
 * One contract's page, with its signatures checked on every view and download, and the task forms of signing, filing,
 * review and publication on that page (the register is {@link ContractRegisterController}).
 */
@Controller
class ContractController {

    private static final Set<DocumentType> CONTRACT_DOCUMENTS = Set.of(DocumentType.COLLECTIVE_CONTRACT, DocumentType.FILING_FORM,
            DocumentType.FILING_SUPPLEMENT, DocumentType.REVIEW_OPINION, DocumentType.PUBLICATION_NOTICE,
            DocumentType.CONGRESS_RESOLUTION, DocumentType.CONTRACT_DRAFT);

    private final Contracts contracts;
    private final ContractSteps steps;
    private final ReviewSteps reviewSteps;
    private final ContractSigning signing;
    private final Filings filings;
    private final Reviews reviews;
    private final ContractTerms terms;
    private final BargainingCases cases;
    private final CaseTasks caseTasks;
    private final CollectiveBargainingProcess bargaining;
    private final ContractReviewProcess reviewProcess;
    private final CollectiveContractProcess termProcess;
    private final PartyDirectory parties;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final ContractClocks clocks;
    private final Authorisations authorisations;

    ContractController(Contracts contracts, ContractSteps steps, ReviewSteps reviewSteps, ContractSigning signing, Filings filings,
                       Reviews reviews, ContractTerms terms, BargainingCases cases, CaseTasks caseTasks,
                       CollectiveBargainingProcess bargaining, ContractReviewProcess reviewProcess,
                       CollectiveContractProcess termProcess, PartyDirectory parties, DocumentService documents,
                       DeadlineService deadlines, ContractClocks clocks, Authorisations authorisations) {
        this.clocks = clocks;
        this.authorisations = authorisations;
        this.contracts = contracts;
        this.steps = steps;
        this.reviewSteps = reviewSteps;
        this.signing = signing;
        this.filings = filings;
        this.reviews = reviews;
        this.terms = terms;
        this.cases = cases;
        this.caseTasks = caseTasks;
        this.bargaining = bargaining;
        this.reviewProcess = reviewProcess;
        this.termProcess = termProcess;
        this.parties = parties;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    /** The case page links here: the latest text of the case's contract, if the viewer may read it. */
    @GetMapping("/cases/{id}/contract")
    String ofCase(@PathVariable long id, @CurrentUser PortalUser user) {
        Contract k = contracts.latestOfCase(id).orElseThrow(() -> new NotFoundException("contract of case " + id));
        return "redirect:/contracts/" + contracts.get(k.id(), user).id();
    }

    @GetMapping("/contracts/{id}")
    String show(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        Contract k = contracts.get(id, user);
        model.addAttribute("contract", k);
        model.addAttribute("stepsPending", bargaining.stepsPending(k.caseNo()));
        // The signing dialog names the capacity the signature will carry; none means the signature will be refused.
        model.addAttribute("signCapacity", k.status() != ContractStatus.SIGNING ? null
                : signing.capacity(user, !k.workerSigned()).orElse(null));
        model.addAttribute("phase", k.phase(deadlines.today()));
        model.addAttribute("clauses", contracts.clauses(id));
        model.addAttribute("coverage", contracts.coverage(id));
        model.addAttribute("signatures", signing.verify(k));
        model.addAttribute("documents", documents.ofCaseVisibleTo(k.caseNo(), user).stream()
                .filter(d -> CONTRACT_DOCUMENTS.contains(d.type())).toList());
        model.addAttribute("filings", filings.filings(id).stream().map(f -> new FilingView(f, filings.items(f.id()))).toList());
        boolean official = user.official() || user.admin();
        model.addAttribute("findings", official || ContractDocuments.sides(k).contains(user.partyId()) ? reviews.findings(k) : List.of());
        model.addAttribute("review", reviews.review(id).orElse(null));
        model.addAttribute("timeline", cases.timeline(k.caseId()));
        model.addAttribute("today", deadlines.today());
        String caseNo = k.caseNo();
        model.addAttribute("signTask", k.status() != ContractStatus.SIGNING ? null
                : bargaining.openTask(caseNo, CollectiveBargaining.TASK_SIGN_WORKER_CHIEF, user)
                .or(() -> bargaining.openTask(caseNo, CollectiveBargaining.TASK_SIGN_EMPLOYER_CHIEF, user)).map(Task::getId).orElse(null));
        model.addAttribute("fileTask", k.status() != ContractStatus.SIGNED ? null
                : bargaining.openTask(caseNo, CollectiveBargaining.TASK_FILE_CONTRACT, user).map(Task::getId).orElse(null));
        model.addAttribute("acceptTask", k.status() != ContractStatus.FILED ? null
                : reviewProcess.openTask(caseNo, ContractReview.TASK_ACCEPT_FILING, user).map(Task::getId).orElse(null));
        model.addAttribute("supplementTask", k.status() != ContractStatus.RETURNED ? null
                : reviewProcess.openTask(caseNo, ContractReview.TASK_SUPPLEMENT_FILING, user).map(Task::getId).orElse(null));
        model.addAttribute("reviewTask", k.status() != ContractStatus.UNDER_REVIEW ? null
                : reviewProcess.openTask(caseNo, ContractReview.TASK_REVIEW_CONTRACT, user).map(Task::getId).orElse(null));
        model.addAttribute("publishTask", termProcess.openTask(id, CollectiveContract.TASK_PUBLISH_UNION_SIDE, user)
                .or(() -> termProcess.openTask(id, CollectiveContract.TASK_PUBLISH_EMPLOYER_SIDE, user)).map(Task::getId).orElse(null));
        model.addAttribute("filingDeadline", clocks.filingDeadline(k));
        model.addAttribute("reviewDeadline", clocks.reviewDeadline(k));
        model.addAttribute("publicationDeadline", clocks.publicationDeadline(k));
        model.addAttribute("mayOpenCase", ContractTerms.mayOpenCase(k, user) && k.status() == ContractStatus.EFFECTIVE);
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
        CaseTask task = caseTasks.view(CollectiveBargaining.PROCESS_ID, taskId, user, CollectiveBargaining.TASK_PREPARE_CONTRACT);
        model.addAttribute("task", task.task());
        model.addAttribute("bargainingCase", task.bargainingCase());
        model.addAttribute("termination", signing.purposeOf(task.bargainingCase()) == Contract.Purpose.TERMINATION);
        model.addAttribute("agreedTerm", signing.agreedTerm(task.bargainingCase()).orElse(null));
        model.addAttribute("agreedWage", signing.agreedWageIncrease(task.bargainingCase()).orElse(null));
        return "contracts/prepare";
    }

    @PostMapping("/forms/prepare-contract")
    String prepare(@RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        return Flash.outcome(redirect, "notice.contractPrepared", () -> steps.prepare(taskId, user))
                .map(ContractController::back).orElse("redirect:/forms/prepare-contract?taskId=" + taskId);
    }

    /** The signing, filing, review and publication tasks are worked on the contract's page. */
    @GetMapping("/forms/sign-contract")
    String signForm(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return onPage(CollectiveBargaining.PROCESS_ID, taskId, user, CollectiveBargaining.TASK_SIGN_WORKER_CHIEF,
                CollectiveBargaining.TASK_SIGN_EMPLOYER_CHIEF);
    }

    @GetMapping("/forms/file-contract")
    String fileForm(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return onPage(CollectiveBargaining.PROCESS_ID, taskId, user, CollectiveBargaining.TASK_FILE_CONTRACT);
    }

    @GetMapping({"/forms/accept-filing", "/forms/supplement-filing", "/forms/review-contract"})
    String reviewForm(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return onPage(ContractReview.PROCESS_ID, taskId, user, ContractReview.TASK_ACCEPT_FILING,
                ContractReview.TASK_SUPPLEMENT_FILING, ContractReview.TASK_REVIEW_CONTRACT);
    }

    @GetMapping("/forms/publish-contract")
    String publishForm(@RequestParam String taskId, @CurrentUser PortalUser user) {
        return onPage(CollectiveContract.PROCESS_ID, taskId, user, CollectiveContract.TASK_PUBLISH_UNION_SIDE,
                CollectiveContract.TASK_PUBLISH_EMPLOYER_SIDE);
    }

    private String onPage(String processKey, String taskId, PortalUser user, String... taskKeys) {
        return back(caseTasks.variable(caseTasks.view(processKey, taskId, user, taskKeys), CaseVariables.CONTRACT_ID)) + "#actions";
    }

    @PostMapping("/contracts/{id}/sign")
    String sign(@PathVariable long id, @RequestParam String taskId, @RequestParam(required = false) MultipartFile seal,
                @CurrentUser PortalUser user, RedirectAttributes redirect) throws IOException {
        contracts.get(id, user);
        byte[] image = seal == null || seal.isEmpty() ? null : seal.getBytes();
        Flash.attempt(redirect, "notice.contractSigned", () -> steps.sign(taskId, image, user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/file")
    String file(@PathVariable long id, @RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        contracts.get(id, user);
        Flash.attempt(redirect, "notice.contractFiled", () -> steps.file(taskId, user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/accept")
    String accept(@PathVariable long id, @RequestParam String taskId, @RequestParam String option,
                  @RequestParam(required = false) String missing, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        contracts.get(id, user);
        boolean accept = "accept".equals(option);
        if (!Flash.attempt(redirect, accept ? "notice.filingAccepted" : "notice.filingReturned",
                () -> {
                    if (accept) {
                        reviewSteps.accept(taskId, user);
                    } else {
                        reviewSteps.returnIncomplete(taskId, missing, user);
                    }
                })) {
            redirect.addFlashAttribute("missing", missing);
        }
        return back(id);
    }

    @PostMapping("/contracts/{id}/supplement")
    String supplement(@PathVariable long id, @RequestParam String taskId, @RequestParam(required = false) String note,
                      @RequestParam(required = false) MultipartFile file, @CurrentUser PortalUser user,
                      RedirectAttributes redirect) throws IOException {
        contracts.get(id, user);
        byte[] pdf = file == null || file.isEmpty() ? null : file.getBytes();
        if (!Flash.attempt(redirect, "notice.filingSupplemented", () -> reviewSteps.supplement(taskId, note, pdf, user))) {
            redirect.addFlashAttribute("note", note);
        }
        return back(id);
    }

    @PostMapping("/contracts/{id}/review")
    String review(@PathVariable long id, @RequestParam String taskId, @RequestParam(required = false) Boolean standingOk,
                  @RequestParam(required = false) Boolean procedureOk, @RequestParam(required = false) Boolean contentOk,
                  @RequestParam(required = false) String remarks, @RequestParam(defaultValue = "false") boolean objection,
                  @RequestParam(required = false) List<Integer> objectedClauses, @RequestParam(required = false) String opinion,
                  @CurrentUser PortalUser user, RedirectAttributes redirect) {
        contracts.get(id, user);
        if (!Flash.attempt(redirect, objection ? "notice.reviewObjected" : "notice.reviewConfirmed",
                () -> reviewSteps.decide(taskId, new Reviews.Decision(standingOk, procedureOk, contentOk, remarks, objection,
                        objectedClauses, opinion), user))) {
            redirect.addFlashAttribute("remarks", remarks);
            redirect.addFlashAttribute("opinion", opinion);
        }
        return back(id);
    }

    @PostMapping("/contracts/{id}/publish")
    String publish(@PathVariable long id, @RequestParam String taskId, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        contracts.get(id, user);
        Flash.attempt(redirect, "notice.contractPublished", () -> steps.publish(taskId, user));
        return back(id);
    }

    @PostMapping("/contracts/{id}/cases")
    String openCase(@PathVariable long id, @RequestParam Contract.Purpose purpose, @CurrentUser PortalUser user,
                    RedirectAttributes redirect) {
        Contract k = contracts.get(id, user);
        return Flash.outcome(redirect, "notice.caseOpened", () -> terms.startCase(k, purpose, user))
                .map(c -> "redirect:/cases/" + c.id()).orElse(back(id));
    }

    // ---- signing authorisations ---------------------------------------------------------------------------------

    @GetMapping("/contracts/authorisations")
    String authorisations(@CurrentUser PortalUser user, Model model) {
        if (!Authorisations.principal(user)) {
            throw new NotFoundException("authorisations");
        }
        model.addAttribute("authorisations", authorisations.authorisations(user.partyId()));
        model.addAttribute("members", parties.members(user.partyId()).stream()
                .filter(m -> !m.userId().equals(user.userId())).toList());
        model.addAttribute("today", deadlines.today());
        return "contracts/authorisations";
    }

    @PostMapping("/contracts/authorisations")
    String authorise(@RequestParam(required = false) String userId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterDate,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                     @RequestParam(required = false) String scope, @RequestParam(required = false) Authorisations.Act act,
                     @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.authorisationRecorded", () -> authorisations.authorise(userId, letterDate, validUntil, scope,
                act, user));
        return "redirect:/contracts/authorisations";
    }

    @PostMapping("/contracts/authorisations/{id}/revoke")
    String revoke(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.authorisationRevoked", () -> authorisations.revoke(id, user));
        return "redirect:/contracts/authorisations";
    }

    private static String back(long id) {
        return "redirect:/contracts/" + id;
    }
}
