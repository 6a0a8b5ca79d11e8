package io.handoff.contacts.outcome;

import io.handoff.contacts.call.CallActivity;
import io.handoff.contacts.contact.ContactRepository;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.stage.ContactStageService;
import io.handoff.contacts.stage.Stage;
import io.handoff.contacts.stage.StageRepository;
import io.handoff.events.CloudEvent;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Applies recorded outcomes: the contact moves to the mapped stage and the journey tells the result. */
@ApplicationScoped
public class OutcomeActivity {

    @Inject
    CallActivity calls;
    @Inject
    ContactRepository contacts;
    @Inject
    StageRepository stages;
    @Inject
    ContactStageService contactStages;
    @Inject
    Journey journey;

    public Uni<Void> onRecorded(CloudEvent event, OutcomeRecorded outcome) {
        UUID workspaceId = event.workspaceId();
        return calls.find(workspaceId, outcome.callId()).chain(call -> {
            if (call != null) {
                call.outcomeResult = outcome.result();
            }
            UUID contactId = outcome.contactId() != null ? outcome.contactId() : call == null ? null : call.contactId;
            if (contactId == null) {
                return Uni.createFrom().voidItem();
            }
            return contacts.findInWorkspace(workspaceId, contactId).chain(c -> c == null ? Uni.createFrom().voidItem()
                    : target(workspaceId, outcome).chain(stage -> stage == null ? Uni.createFrom().item(c)
                            : contactStages.move(c, stage, outcome.actor(), "outcome " + label(outcome)))
                    .chain(() -> journey.recordEvent(event, contactId, "OUTCOME_RECORDED", outcome.actor(),
                            (outcome.revision() > 1 ? "Outcome corrected: " : "Outcome: ") + label(outcome)
                                    + (outcome.notes() == null ? "" : " — " + outcome.notes()),
                            Journey.details("callId", outcome.callId(), "result", outcome.result(),
                                    "objection", outcome.objection(), "reason", outcome.reason(), "revision", outcome.revision()))));
        });
    }

    private Uni<Stage> target(UUID workspaceId, OutcomeRecorded outcome) {
        if (outcome.stageId() != null) {
            return stages.findInWorkspace(workspaceId, outcome.stageId());
        }
        return DefaultOutcomeStages.stageName(outcome.result(), outcome.reason())
                .map(name -> stages.findByName(workspaceId, name))
                .orElse(Uni.createFrom().nullItem());
    }

    private static String label(OutcomeRecorded o) {
        return o.result() + (o.reason() != null ? " (" + o.reason() + ")" : "") + (o.objection() != null ? ", objection " + o.objection() : "");
    }
}
