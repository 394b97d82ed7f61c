using System.Reflection;

namespace Concord.Languages;

/// <summary>A resource or rule set that belongs to one language (ISO 639-1 code).</summary>
public interface ILanguageSpecific
{
    string Language { get; }
}

/// <summary>
/// Finds every concrete implementation of <typeparamref name="T"/> in T's assembly and the given
/// extra assemblies, keyed by language. Adding a language means adding a class (file), never
/// editing a switch.
/// </summary>
public sealed class LanguageRegistry<T>
    where T : class, ILanguageSpecific
{
    private readonly Dictionary<string, T> byLanguage;

    public LanguageRegistry(params Assembly[] extraAssemblies)
    {
        var assemblies = new HashSet<Assembly>(extraAssemblies) { typeof(T).Assembly };
        byLanguage = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(T).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToDictionary(x => x.Language, StringComparer.OrdinalIgnoreCase);
    }

    public LanguageRegistry(IEnumerable<T> items) =>
        byLanguage = items.ToDictionary(x => x.Language, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Languages => byLanguage.Keys;

    public IEnumerable<T> All => byLanguage.Values;

    public T? For(string language) => byLanguage.GetValueOrDefault(language);
}
