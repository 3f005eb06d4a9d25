package org.huddleboard.idea;

import java.time.Instant;
import java.util.List;

/**
 * A proven idea one ward offers the trust, with the ward and CSU it came from, and the wards
 * that have adopted it ({@code adoptions} of them).
 */
public record OfferedIdea(long id, String ward, String wardName, String csu, String csuName, String title,
        String problem, String idea, String summary, String offeredBy, Instant offeredAt, int adoptions,
        List<String> adoptedBy) {

    static OfferedIdea of(Idea i, List<String> adoptedBy) {
        return new OfferedIdea(i.id, i.ward.code, i.ward.name, i.ward.csu.code, i.ward.csu.name, i.title, i.problem,
                i.proposal, i.offerSummary, i.offeredBy, i.offeredAt, adoptedBy.size(), adoptedBy);
    }
}
