namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'es' (resource Segmenting/Resources/es.txt).</summary>
public sealed class EsSegmentationRules() : ResourceSegmentationRules("es");
