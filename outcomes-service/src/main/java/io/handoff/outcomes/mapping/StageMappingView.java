package io.handoff.outcomes.mapping;

import java.util.List;

/** The workspace's mapping entries, and the defaults that apply to outcomes no entry matches. */
public record StageMappingView(List<MappedStage> entries, List<DefaultStage> defaults) {

    static StageMappingView of(List<StageMappingEntry> entries) {
        return new StageMappingView(entries.stream().map(MappedStage::of).toList(), DefaultStage.ALL);
    }
}
