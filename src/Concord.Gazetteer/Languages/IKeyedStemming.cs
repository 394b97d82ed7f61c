namespace Concord.Gazetteer.Languages;

/// <summary>
/// A language whose stem is a key of the word (Russian: a Latin romanisation) with an ending cut
/// by <see cref="KeyEndings"/>: <c>Stem(w) == KeyEndings.Stem(WordKey(w))</c>. The name index then
/// finds a stem's aliases on demand, as for plain suffix-stemming languages, on the keys.
/// </summary>
internal interface IKeyedStemming
{
    string WordKey(string folded);

    /// <summary><c>WordKey(folded)</c> written into <paramref name="buffer"/> when it fits, else made as a string.</summary>
    ReadOnlySpan<char> WordKey(ReadOnlySpan<char> folded, Span<char> buffer);

    /// <summary>True only when <c>WordKey(folded)</c> is <paramref name="folded"/> itself (a quick test; false means "compute it").</summary>
    bool KeyIsWord(ReadOnlySpan<char> folded);

    SuffixStemmingLanguage KeyEndings { get; }
}
