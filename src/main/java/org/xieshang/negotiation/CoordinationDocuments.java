package org.xieshang.negotiation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
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

    @Transactional
    StoredDocument application(BargainingCase c, long id) {
        return generate(c, id, DocumentType.COORDINATION_APPLICATION, Set.of(c.unionGroup(), c.employerGroup(),
                PartyDirectory.labourBureauOf(c.districtId())));
    }

    @Transactional
    StoredDocument agreement(BargainingCase c, long id) {
        return generate(c, id, DocumentType.COORDINATION_AGREEMENT, Set.of(c.unionGroup(), c.employerGroup(),
                PartyDirectory.labourBureauOf(c.districtId()), PartyDirectory.upperUnionOf(c.districtId())));
    }

    private StoredDocument generate(BargainingCase c, long id, DocumentType type, Set<String> parties) {
        Coordinations.Coordination coordination = coordinations.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("bargainingCase", c);
        model.put("coordination", coordination);
        model.put("deadline", coordination.acceptedOn() == null ? null : coordinations.due(coordination));
        model.put("chiefs", negotiationDocuments.chiefs(c));
        model.put("unionName", c.partyName() + (c.federationId() != null ? "" : "工会"));
        model.put("employerName", c.partyName());
        model.put("today", deadlines.today());
        return documents.generate(new DocumentService.Request(type, c.caseNo(), c.enterpriseId(), c.federationId(),
                type.title().zh() + "·" + c.partyName(), model, parties, NegotiationDocuments.SYSTEM));
    }
}
