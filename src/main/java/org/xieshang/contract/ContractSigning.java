package org.xieshang.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.bargaining.CaseEventKind;
import org.xieshang.congress.Ballots;
import org.xieshang.congress.Results;
import org.xieshang.congress.Sessions;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DigitalSignatures;
import org.xieshang.documents.DocumentService;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;
import org.xieshang.negotiation.AgreedTerm;
import org.xieshang.negotiation.Authorisations;
import org.xieshang.negotiation.Preparation;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * From the approved draft to the text both chiefs have signed (CCR Art. 37): the product generates the contract with
 * the term agreed at the table, the worker chief signs first and the employer chief second, each with a PAdES signature.
 * A chief signs in person (union chair; legal representative, or the elected employers' representative of a
 * federation) or through someone holding his recorded written authorisation.
 */
@Service
public class ContractSigning {

    private static final int MAX_SEAL_BYTES = 1024 * 1024;
    static final int MAX_SEAL_PIXELS = 2000;

    private final Contracts contracts;
    private final BargainingCases cases;
    private final Preparation preparation;
    private final OfferService offers;
    private final Sessions sessions;
    private final Ballots ballots;
    private final DocumentService documents;
    private final DigitalSignatures signatures;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;
    private final EnterpriseRegistry registry;
    private final MessageSource messages;
    private final ContractClocks clocks;
    private final Authorisations authorisations;

    ContractSigning(Contracts contracts, BargainingCases cases, Preparation preparation, OfferService offers, Sessions sessions,
                    Ballots ballots, DocumentService documents, DigitalSignatures signatures,
                    PartyDirectory parties, DeadlineService deadlines, EnterpriseRegistry registry,
                    MessageSource messages, ContractClocks clocks, Authorisations authorisations) {
        this.authorisations = authorisations;
        this.contracts = contracts;
        this.cases = cases;
        this.preparation = preparation;
        this.offers = offers;
        this.sessions = sessions;
        this.ballots = ballots;
        this.documents = documents;
        this.signatures = signatures;
        this.parties = parties;
        this.deadlines = deadlines;
        this.registry = registry;
        this.messages = messages;
        this.clocks = clocks;
    }


    // ---- the term and the text ------------------------------------------------------------------------------

    /** The approved clauses, the term both sides agreed (CCR Art. 38) and the congress vote go into the text. */
    long prepare(BargainingCase c) {
        Origin origin = origin(c);
        boolean termination = origin.purpose() == Contract.Purpose.TERMINATION;
        AgreedTerm term = termination ? null : preparation.agreedTerm(c.id())
                .orElseThrow(() -> new BusinessRuleException(null, "contract.term.notAgreed"));
        ContractType type = offers.offer(c.id()).map(OfferService.Offer::contractType).orElse(ContractType.COMPREHENSIVE);
        Results.Decision vote = ballots.draftDecision(c.caseNo())
                .orElseThrow(() -> new BusinessRuleException(null, "contract.congress.missing"));
        var round = vote.result().round();
        var line = vote.result().line(0);
        Long resolution = cases.timeline(c.id()).stream().filter(e -> e.kind() == CaseEventKind.CONGRESS_APPROVED)
                .reduce((a, b) -> b).map(e -> e.documentId()).orElse(null);
        Contract.Congress congress = new Contract.Congress(resolution,
                sessions.session(vote.item().sessionId()).startsAt().toLocalDate(), round.delegatesTotal(), round.present(),
                line.votesFor(), line.against(), line.abstain());
        List<Contracts.Clause> clauses = preparation.items(c.id()).stream()
                .filter(i -> i.status() == Preparation.Item.Status.AGREED)
                .map(i -> new Contracts.Clause(i.position(), i.title(), i.agreedText(), i.wages(), i.id(), null)).toList();
        Contract.Level level = c.enterpriseId() != null ? Contract.Level.ENTERPRISE
                : registry.findFederation(c.federationId()).orElseThrow().kind() == Federation.Kind.REGIONAL ? Contract.Level.REGIONAL
                : Contract.Level.INDUSTRY;
        String title = c.partyName() + (origin.purpose() == Contract.Purpose.TERMINATION ? "解除" + type.label().zh() + "协议"
                : type.label().zh() + (origin.purpose() == Contract.Purpose.AMENDMENT ? "（变更）" : ""));
        return contracts.create(new Contracts.NewContract(c, type, level, origin.purpose(), origin.contractId(), title,
                term == null ? null : term.years(), term == null ? null : term.startsOn(), congress, renumbered(clauses),
                coverage(c), termination ? null : preparation.agreedWageIncrease(c.id()).orElse(null)));
    }

    Optional<AgreedTerm> agreedTerm(BargainingCase c) {
        return preparation.agreedTerm(c.id());
    }

    Optional<java.math.BigDecimal> agreedWageIncrease(BargainingCase c) {
        return preparation.agreedWageIncrease(c.id());
    }

    // ---- signatures -----------------------------------------------------------------------------------------

    /**
     * A chief's PAdES signature with an optional seal image (PNG or JPEG), in person or on a recorded authorisation.
     * Answers true when this was the second signature: the text is signed and its filing clock starts today.
     */
    boolean sign(Contract k, boolean workerSide, byte[] seal, PortalUser user) {
        String capacity = capacity(user, workerSide)
                .orElseThrow(() -> new BusinessRuleException(null, "contract.sign.unauthorised", user.displayName()));
        byte[] image = seal == null || seal.length == 0 ? null : checkedSeal(seal);
        String organisation = parties.partyName(user.partyId()).map(n -> n.zh()).orElse(k.partyName());
        byte[] signed = signatures.sign(documents.bytes(k.documentId()),
                new DigitalSignatures.Signer(user.displayName(), capacity, organisation, image),
                deadlines.now().atZone(deadlines.zone()));
        long documentId = documents.storeVersion(k.documentId(), signed, user.userId()).id();
        contracts.signedBy(k.id(), workerSide, documentId, user.userId(), user.displayName(), Instant.now());
        if (workerSide) {
            return false;
        }
        LocalDate today = deadlines.today();
        String clock = filingClock(k);
        LocalDate due = clocks.compute(k, clock, today).due();
        contracts.signedByBoth(k.id(), today, clock, due);
        cases.moveTo(k.caseId(), CaseStage.FILING, null);
        cases.record(k.caseId(), CaseEventKind.CONTRACT_SIGNED, user.userId(), null, clock, due, documentId);
        return true;
    }

    String filingClock(Contract k) {
        return clocks.filing(k);
    }

    /** The signatures in the current file, recomputed from its bytes (shown beside every download). */
    public List<DigitalSignatures.Verification> verify(Contract k) {
        return k.documentId() == null ? List.of() : signatures.verify(documents.bytes(k.documentId()));
    }

    // ---- authorisations -------------------------------------------------------------------------------------

    /** The authorisations behind the signatures of a text, for the filing form and the bureau's standing check. */
    List<Authorisations.Authorisation> signingAuthorisations(Contract k) {
        return List.of(ContractTerms.unionOf(k), ContractTerms.employerOf(k)).stream().flatMap(p -> authorisations.authorisations(p).stream())
                .filter(a -> a.act() == Authorisations.Act.SIGN)
                .filter(a -> a.userName().equals(k.workerSignerName()) || a.userName().equals(k.employerSignerName()))
                .toList();
    }

    /**
     * In which capacity the user may sign for his side, if at all, worded for the signature block of the Chinese text
     * (message keys signature.capacity.*).
     */
    Optional<String> capacity(PortalUser user, boolean worker) {
        if (worker && user.position() == Position.UNION_CHAIR) {
            return Optional.of(zh("signature.capacity.unionChair"));
        }
        if (!worker && user.position() == Position.LEGAL_REPRESENTATIVE) {
            return Optional.of(zh("signature.capacity.legalRepresentative"));
        }
        if (!worker && user.position() == Position.EMPLOYER_REPRESENTATIVE && user.federationId() != null) {
            return Optional.of(zh("signature.capacity.employerRepresentative"));
        }
        return authorisations.held(user, Authorisations.Act.SIGN)
                .map(a -> zh(worker ? "signature.capacity.authorisedByUnionChair" : "signature.capacity.authorisedByLegalRepresentative",
                        a.grantedByName()));
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private record Origin(Contract.Purpose purpose, Long contractId) {
    }

    /** Why the case was opened: the prepare form asks for a term unless the case ends a contract. */
    Contract.Purpose purposeOf(BargainingCase c) {
        return origin(c).purpose();
    }

    private Origin origin(BargainingCase c) {
        return cases.origin(c.id()).map(o -> new Origin(Contract.Purpose.valueOf(o.purpose()), o.contractId()))
                .orElse(new Origin(Contract.Purpose.NEW, null));
    }

    private List<Contracts.Coverage> coverage(BargainingCase c) {
        List<Enterprise> covered = c.enterpriseId() != null ? registry.find(c.enterpriseId()).stream().toList()
                : registry.members(c.federationId());
        return covered.stream().map(e -> new Contracts.Coverage(e.id(), e.name(), e.headcount())).toList();
    }

    private static List<Contracts.Clause> renumbered(List<Contracts.Clause> clauses) {
        return java.util.stream.IntStream.range(0, clauses.size()).mapToObj(i -> {
            Contracts.Clause c = clauses.get(i);
            return new Contracts.Clause(i + 1, c.title(), c.text(), c.wages(), c.agendaItemId(), null);
        }).toList();
    }

    /**
     * PNG or JPEG, at most 1 MB and {@value #MAX_SEAL_PIXELS} pixels a side, read from the header before any pixel is
     * decoded: a small file that unpacks into a huge bitmap (a decompression bomb) is refused unopened.
     */
    private static byte[] checkedSeal(byte[] seal) {
        if (seal.length > MAX_SEAL_BYTES || !pngOrJpegWithinPixels(seal)) {
            throw new BusinessRuleException("seal", "contract.sign.seal", MAX_SEAL_PIXELS);
        }
        return seal;
    }

    private static boolean pngOrJpegWithinPixels(byte[] seal) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(seal))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                return (format.equals("png") || format.equals("jpeg")) && reader.getWidth(0) <= MAX_SEAL_PIXELS
                        && reader.getHeight(0) <= MAX_SEAL_PIXELS && reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
