using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactCentre.Bot.Dialogs;
using ContactCentre.Bot.Flows;
using ContactCentre.Bot.Flows.Validation;
using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContactCentre.Bot.Tests.Flows;

/// <summary>The actions the product registers (names and outcomes are what validation checks against).</summary>
internal static class FlowTestActions
{
    private static readonly Lazy<IReadOnlyList<IFlowAction>> Registered = new(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDialogs(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetServices<IFlowAction>()];
    });

    public static IReadOnlyList<IFlowAction> All => Registered.Value;

    public static IReadOnlyList<FlowValidationError> Validate(FlowDocument flow) =>
        FlowValidator.Validate(flow, [.. All.Select(a => a.Name)], All.ToDictionary(a => a.Name, a => a.Outcomes));
}

/// <summary>A YAML flow as JSON, keeping only the keys written (plain integers and booleans typed, quoted scalars as strings).</summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Node(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.NodeType.ToString()),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        if (scalar.Style == ScalarStyle.Plain)
        {
            if (scalar.Value is null or "" or "~" or "null")
            {
                return null;
            }

            if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }

            if (scalar.Value is "true" or "false")
            {
                return JsonValue.Create(scalar.Value == "true");
            }
        }

        return JsonValue.Create(scalar.Value);
    }
}

/// <summary>
/// The part of JSON Schema 2020-12 the flow schema uses (type, enum, const, properties, required,
/// additionalProperties, items, minItems, minLength, pattern, minimum, maximum, allOf, if/then/else, local $ref).
/// Any other keyword fails loudly, so the checker never passes a schema it does not understand.
/// </summary>
internal static class MiniJsonSchema
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "$defs", "title", "description", "default", "type", "enum", "const", "properties", "required",
        "additionalProperties", "items", "minItems", "minLength", "pattern", "minimum", "maximum", "allOf", "if", "then", "else", "$ref",
    ];

    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject().Select(p => p.Name).Where(k => !Known.Contains(k)))
        {
            throw new NotSupportedException($"The schema checker does not know '{keyword}' (at {path}).");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            Assert.StartsWith("#/$defs/", name, StringComparison.Ordinal);
            Check(root, root.GetProperty("$defs").GetProperty(name["#/$defs/".Length..]), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            errors.Add($"{path}: expected {type.GetString()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value} is not one of {options}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(root, schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                {
                    errors.Add($"{path}: fewer than {minItems} items");
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(root, items, item, $"{path}[{i++}]", errors);
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    errors.Add($"{path}: shorter than {minLength}");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
                {
                    errors.Add($"{path}: below {minimum}");
                }

                if (schema.TryGetProperty("maximum", out var maximum) && value.GetDecimal() > maximum.GetDecimal())
                {
                    errors.Add($"{path}: above {maximum}");
                }

                break;
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(root, part, value, path, errors);
            }
        }

        if (schema.TryGetProperty("if", out var condition))
        {
            var probe = new List<string>();
            Check(root, condition, value, path, probe);
            if (schema.TryGetProperty(probe.Count == 0 ? "then" : "else", out var branch))
            {
                Check(root, branch, value, path, errors);
            }
        }
    }

    private static void CheckObject(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing '{name}'");
            }
        }

        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
        foreach (var property in value.EnumerateObject())
        {
            if (declared.ValueKind == JsonValueKind.Object && declared.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(root, propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: '{property.Name}' is not declared");
                }
                else
                {
                    Check(root, additional, property.Value, $"{path}.{property.Name}", errors);
                }
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException(type),
    };
}
