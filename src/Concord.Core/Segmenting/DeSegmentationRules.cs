namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'de' (resource Segmenting/Resources/de.txt).</summary>
public sealed class DeSegmentationRules() : ResourceSegmentationRules("de");
