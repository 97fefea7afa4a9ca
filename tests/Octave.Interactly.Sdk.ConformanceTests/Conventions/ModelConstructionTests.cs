using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Octave.Interactly.Sdk.ConformanceTests.Conventions;

/// <summary>
/// Users mock IOctaveApi and friends in their own tests, so they must be able to build every response the
/// SDK returns: with a public constructor and settable properties, or through a <c>*ModelFactory</c> (Azure SDK style).
/// </summary>
public sealed class ModelConstructionTests
{
    private static IEnumerable<TestCaseData> Models() =>
        ResponseModels.Types().Select(type => new TestCaseData(type).SetArgDisplayNames(type.Name));

    [TestCaseSource(nameof(Models))]
    public void A_response_model_can_be_built_by_a_user(Type type)
    {
        var factoryMethods = ModelFactoryMethodsReturning(type).ToList();
        var publicConstructors = type.GetConstructors();
        if (factoryMethods.Count + publicConstructors.Length == 0 && !type.IsValueType)
        {
            // A value the SDK makes from arguments alone (CallbackUrls.Create, for one) is also buildable offline.
            Assert.That(StaticFactoriesReturning(type).ToList(), Is.Not.Empty, $"{type.Name} has no public constructor, no model-factory method and no static factory");
            return;
        }

        var instance = Build(type, factoryMethods, publicConstructors);
        Assert.That(instance, Is.InstanceOf(type));

        if (factoryMethods.Count == 0 && WireModels.IsWireModel(type))
        {
            // Built by constructor: then the wire properties are how a user fills it in.
            var readOnly = WireModels.WireProperties(type).Where(property => property.SetMethod is not { IsPublic: true }).Select(property => property.Name).ToList();
            Assert.That(readOnly, Is.Empty, $"{type.Name} has wire properties a user cannot set and no model factory");
        }
    }

    [Test]
    public void Discovery_finds_the_octave_responses()
    {
        Assert.That(ResponseModels.Types(), Does.Contain(typeof(WorkflowRunStatusResponse)).And.Contain(typeof(WorkflowRunStatus)).And.Contain(typeof(OctaveCallback)));
    }

    private static object? Build(Type type, List<MethodInfo> factoryMethods, ConstructorInfo[] constructors)
    {
        if (factoryMethods.Count > 0)
        {
            var factory = factoryMethods[0];
            return factory.Invoke(null, factory.GetParameters().Select(SampleArgument).ToArray());
        }

        var constructor = constructors.OrderBy(candidate => candidate.GetParameters().Length).FirstOrDefault();
        return constructor is null
            ? Activator.CreateInstance(type)
            : constructor.Invoke(constructor.GetParameters().Select(SampleArgument).ToArray());
    }

    private static IEnumerable<MethodInfo> ModelFactoryMethodsReturning(Type type) =>
        PublicSurface.AllTypes()
            .Where(candidate => candidate.IsAbstract && candidate.IsSealed && candidate.Name.EndsWith("ModelFactory", StringComparison.Ordinal))
            .SelectMany(factory => factory.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(method => method.ReturnType == type && !method.ContainsGenericParameters);

    private static IEnumerable<MethodInfo> StaticFactoriesReturning(Type type) =>
        PublicSurface.AllTypes()
            .SelectMany(candidate => candidate.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.ReturnType == type && !method.IsSpecialName);

    // Non-null samples, so that constructors guarding their arguments accept them.
    private static object? SampleArgument(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return "sample";
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        return type.GetConstructor(Type.EmptyTypes)?.Invoke(null);
    }
}
