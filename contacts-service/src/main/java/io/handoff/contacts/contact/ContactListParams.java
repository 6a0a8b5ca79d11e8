package io.handoff.contacts.contact;

import io.handoff.platform.problem.Problems;
import io.handoff.platform.validation.CalendarInstant;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.util.UUID;

/** Query parameters shared by the contact lists, parsed into a {@link ContactFilter} and a sort. */
public class ContactListParams {
    @QueryParam("leadStatus")
    public LeadStatus leadStatus;
    @QueryParam("stageId")
    public UUID stageId;
    @QueryParam("setterOwnerId")
    public String setterOwner;
    @QueryParam("closerOwnerId")
    public UUID closerOwnerId;
    @QueryParam("answer")
    public String answer;
    @QueryParam("utmSource")
    public String utmSource;
    @QueryParam("utmMedium")
    public String utmMedium;
    @QueryParam("utmCampaign")
    public String utmCampaign;
    @QueryParam("utmTerm")
    public String utmTerm;
    @QueryParam("utmContent")
    public String utmContent;
    @QueryParam("tag")
    public String tag;
    @QueryParam("createdFrom")
    public String createdFrom;
    @QueryParam("createdTo")
    public String createdTo;
    @QueryParam("q")
    public String q;
    @QueryParam("sort")
    public String sort;
    @QueryParam("limit")
    public Integer limit;
    @QueryParam("cursor")
    public String cursor;

    public ContactFilter filter(boolean excludeBooked) {
        if (setterOwner != null && !ContactFilter.NONE.equals(setterOwner)) {
            parseUuid(setterOwner);
        }
        if (answer != null && answer.indexOf('=') < 1) {
            throw Problems.invalid("answer", "must be question=value");
        }
        return new ContactFilter(leadStatus, stageId, setterOwner, closerOwnerId, answer, utmSource, utmMedium,
                utmCampaign, utmTerm, utmContent, tag, instant("createdFrom", createdFrom), instant("createdTo", createdTo),
                q == null || q.isBlank() ? null : q.strip(), excludeBooked);
    }

    public ContactSort sort() {
        return ContactSort.parse(sort);
    }

    private static void parseUuid(String value) {
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("setterOwnerId", "must be a user id or 'none'");
        }
    }

    private static Instant instant(String field, String value) {
        return CalendarInstant.Validator.parse(field, value);
    }
}
