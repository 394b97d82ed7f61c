namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'fr' (resource Segmenting/Resources/fr.txt).</summary>
public sealed class FrSegmentationRules() : ResourceSegmentationRules("fr");
