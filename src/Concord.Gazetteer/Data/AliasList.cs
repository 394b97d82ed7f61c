namespace Concord.Gazetteer.Data;

/// <summary>
/// The gazetteer's aliases in their order: the GeoNames rows' aliases first (kept compact in
/// <see cref="CityRows"/>, each <see cref="NameAlias"/> made when first asked), then the others
/// (countries, capitals as actors, exonyms, polities, demonyms, conflict files) as objects.
/// Tables over every alias read <see cref="Text"/>, which makes nothing.
/// </summary>
internal sealed class AliasList(CityRows cities, List<NameAlias> others) : IReadOnlyList<NameAlias>
{
    public CityRows Cities { get; } = cities;

    /// <summary>The aliases after the GeoNames rows', as objects.</summary>
    public List<NameAlias> Others { get; } = others;

    public int Count => Cities.AliasCount + Others.Count;

    public NameAlias this[int index] => index < Cities.AliasCount ? Cities.Alias(index) : Others[index - Cities.AliasCount];

    /// <summary>The alias's text, without making the alias.</summary>
    public ReadOnlySpan<char> Text(int index) => index < Cities.AliasCount ? Cities.Text(index) : Others[index - Cities.AliasCount].Text;

    public IEnumerator<NameAlias> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
