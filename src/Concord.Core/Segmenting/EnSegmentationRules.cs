namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'en' (resource Segmenting/Resources/en.txt).</summary>
public sealed class EnSegmentationRules() : ResourceSegmentationRules("en");
