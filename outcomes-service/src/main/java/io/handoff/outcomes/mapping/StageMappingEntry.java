package io.handoff.outcomes.mapping;

import io.handoff.outcomes.outcome.OutcomeReason;
import io.handoff.outcomes.outcome.OutcomeResult;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One line of a workspace's outcome→stage mapping: a result, optionally one of its reasons, and a stage. */
@Entity
@Table(name = "outcome_stage_mapping")
public class StageMappingEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Enumerated(EnumType.STRING)
    public OutcomeResult result;
    /** Null: any reason of the result. */
    @Enumerated(EnumType.STRING)
    public OutcomeReason reason;
    /** A stage of contacts-service; this service keeps no copy of stages, so it cannot check the id. */
    @Column(name = "stage_id")
    public UUID stageId;
}
