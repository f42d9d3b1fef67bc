package org.xieshang.negotiation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.PartyDirectory;

/** The coordination application (bureau and both sides) and the coordination agreement (also the upper union). */
@Service
class CoordinationDocuments {

    private final DocumentService documents;
    private final Coordinations coordinations;
    private final NegotiationDocuments negotiationDocuments;
    private final DeadlineService deadlines;

    CoordinationDocuments(DocumentService documents, Coordinations coordinations, NegotiationDocuments negotiationDocuments,
                          DeadlineService deadlines) {
        this.documents = documents;
        this.coordinations = coordinations;
        this.negotiationDocuments = negotiationDocuments;
        this.deadlines = deadlines;
    }

    /** Both documents read the same facts; {@code deadline} is the clock once the bureau has accepted. */
    record CoordinationDocument(BargainingCase bargainingCase, Coordinations.Coordination coordination, Deadline deadline,
                                Map<String, String> chiefs, String unionName, String employerName, LocalDate today)
            implements DocumentModel {
    }

    StoredDocument application(BargainingCase c, long id) {
        return generate(c, id, DocumentType.COORDINATION_APPLICATION, Set.of(c.unionGroup(), c.employerGroup(),
                PartyDirectory.labourBureauOf(c.districtId())));
    }

    StoredDocument agreement(BargainingCase c, long id) {
        return generate(c, id, DocumentType.COORDINATION_AGREEMENT, Set.of(c.unionGroup(), c.employerGroup(),
                PartyDirectory.labourBureauOf(c.districtId()), PartyDirectory.upperUnionOf(c.districtId())));
    }

    private StoredDocument generate(BargainingCase c, long id, DocumentType type, Set<String> parties) {
        Coordinations.Coordination coordination = coordinations.get(id);
        return documents.generate(new DocumentService.Request(type, c.caseNo(), c.enterpriseId(), c.federationId(),
                        type.title().zh() + "·" + c.partyName(), parties, NegotiationDocuments.SYSTEM),
                new CoordinationDocument(c, coordination, coordination.acceptedOn() == null ? null : coordinations.due(coordination),
                        negotiationDocuments.chiefs(c), negotiationDocuments.unionName(c), c.partyName(), deadlines.today()));
    }
}
