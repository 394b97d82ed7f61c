namespace Concord.Segmenting;

/// <summary>Segmentation rules for language 'ru' (resource Segmenting/Resources/ru.txt).</summary>
public sealed class RuSegmentationRules() : ResourceSegmentationRules("ru");
