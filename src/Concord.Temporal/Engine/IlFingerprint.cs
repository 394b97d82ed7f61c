using System.Reflection;
using System.Reflection.Emit;

namespace Concord.Temporal.Engine;

/// <summary>
/// A hash of what some types' code does: per method (nested types included) its name and its IL,
/// with every metadata token replaced by what it names (a string's text, a member's type and
/// name). Tokens are row numbers in the assembly's tables, which shift whenever other code of the
/// assembly changes; what they name does not, so the hash changes only when these types' code
/// does (and a build step keyed on it reruns only then).
/// </summary>
public static class IlFingerprint
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private const ulong Prime = 1099511628211UL;

    public static string Of(params Type[] types)
    {
        var (oneByte, twoByte) = OpCodeTable();
        ulong hash = 14695981039346656037UL;
        var pending = new Stack<Type>(types.Reverse());
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            Mix(ref hash, type.FullName ?? type.Name);
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)).OrderBy(m => m.MetadataToken))
            {
                Mix(ref hash, method.Name);
                if (method.GetMethodBody()?.GetILAsByteArray() is { } il)
                {
                    MixIl(ref hash, il, method.Module, oneByte, twoByte);
                }
            }

            foreach (var field in type.GetFields(Declared).OrderBy(f => f.MetadataToken))
            {
                Mix(ref hash, field.Name);
                if (field.IsLiteral)
                {
                    Mix(ref hash, Convert.ToString(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }

            foreach (var nested in type.GetNestedTypes(Declared).OrderByDescending(t => t.MetadataToken))
            {
                pending.Push(nested);
            }
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void MixIl(ref ulong hash, byte[] il, Module module, OpCode?[] oneByte, OpCode?[] twoByte)
    {
        int i = 0;
        while (i < il.Length)
        {
            byte b = il[i++];
            var op = b == 0xFE && i < il.Length ? twoByte[il[i++]] : oneByte[b];
            hash = (hash ^ b) * Prime;
            if (op is not { } code)
            {
                continue; // not an opcode: the bytes are hashed as they are
            }

            hash = (hash ^ (ulong)code.Value) * Prime;
            int size = OperandSize(code.OperandType, il, i);
            if (code.OperandType is OperandType.InlineString or OperandType.InlineMethod or OperandType.InlineField
                or OperandType.InlineType or OperandType.InlineTok or OperandType.InlineSig)
            {
                Mix(ref hash, Named(module, BitConverter.ToInt32(il, i), code.OperandType));
            }
            else
            {
                for (int k = 0; k < size && i + k < il.Length; k++)
                {
                    hash = (hash ^ il[i + k]) * Prime;
                }
            }

            i += size;
        }
    }

    private static string Named(Module module, int token, OperandType kind)
    {
        try
        {
            if (kind == OperandType.InlineString)
            {
                return module.ResolveString(token);
            }

            if (kind == OperandType.InlineSig)
            {
                return "sig";
            }

            var member = module.ResolveMember(token);
            return member is null ? "?" : $"{member.DeclaringType?.FullName}::{member}";
        }
        catch (ArgumentException)
        {
            // A member of a generic type named without its type's arguments: its table kind only.
            return "token " + (token >> 24);
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static (OpCode?[] OneByte, OpCode?[] TwoByte) OpCodeTable()
    {
        var oneByte = new OpCode?[256];
        var twoByte = new OpCode?[256];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode code)
            {
                if (code.Size == 1)
                {
                    oneByte[(byte)code.Value] = code;
                }
                else
                {
                    twoByte[(byte)(code.Value & 0xFF)] = code;
                }
            }
        }

        return (oneByte, twoByte);
    }

    private static void Mix(ref ulong hash, string text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        hash = (hash ^ 0xFFFF) * Prime;
    }
}
