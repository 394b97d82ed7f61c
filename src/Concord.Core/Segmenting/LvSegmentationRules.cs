namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'lv' (resource Segmenting/Resources/lv.txt).</summary>
public sealed class LvSegmentationRules() : ResourceSegmentationRules("lv");
