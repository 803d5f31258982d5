/** Analyses of a built graph for the explorer's views: backbone, structural gaps, speakers, hierarchy, timeline. */
export { backboneEdges, backboneSettingsProblem, resolveBackboneSettings, DEFAULT_BACKBONE, BackboneSettingsError, type BackboneSettings } from './backbone';
export { structuralGaps, DEFAULT_GAPS, type GapSettings, type StructuralGap, type GapBridge } from './gaps';
export { speakerTable, type SpeakerTable, type SpeakerRow, type SpeakerCell, type SpeakerColumn } from './speakers';
export { conceptHierarchy, conceptPassages, descendants, ancestors, type Hierarchy, type ConceptPassage } from './hierarchy';
export { timelineModel, passagesInRange, rangeOfSpan, spanOfRange, axisTimes, formatTime, type TimelineModel, type TimelineTick, type TimelineLane, type TimelineBand } from './timeline';
