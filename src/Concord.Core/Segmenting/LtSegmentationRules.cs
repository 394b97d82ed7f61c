namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'lt' (resource Segmenting/Resources/lt.txt).</summary>
public sealed class LtSegmentationRules() : ResourceSegmentationRules("lt");
