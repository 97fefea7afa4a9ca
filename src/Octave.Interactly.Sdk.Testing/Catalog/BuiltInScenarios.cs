using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The demo scenarios every emulator starts with, so samples work without any set-up.</summary>
internal static class BuiltInScenarios
{
    public static void AddTo(EmulatorCatalog catalog, WorkflowEmulatorOptions options)
    {
        catalog.AddOctaveWorkflow(new OctaveWorkflowScenario
        {
            WorkflowOId = "caw_demo_enrich",
            Description = "Enriches the person in its inputs and succeeds.",
            OutputFactory = inputs =>
            {
                var enriched = OctaveAgentOutputs.EnrichPerson(inputs);
                var person = enriched["person"]!;
                return new JsonObject
                {
                    ["person"] = person.DeepClone(),
                    ["company"] = enriched["company"]!.DeepClone(),
                    ["summary"] = (string?)person["firstName"] + " " + (string?)person["lastName"] + " is "
                        + (string?)person["jobTitle"] + " at " + (string?)enriched["company"]!["name"] + ".",
                };
            },
        });
        catalog.AddOctaveWorkflow(new OctaveWorkflowScenario
        {
            WorkflowOId = "caw_demo_fails",
            Description = "Processes 10 items, 4 fail, and the circuit breaker stops it.",
            TotalCount = 10,
            FailedCount = 4,
            Fails = true,
            CircuitBreakerReason = "Too many failed items",
            Error = "Workflow stopped: Too many failed items",
        });
        catalog.AddOctaveWorkflow(new OctaveWorkflowScenario
        {
            WorkflowOId = "caw_demo_slow",
            Description = "Like caw_demo_enrich over 25 items, with five times the default durations.",
            TotalCount = 25,
            OutputFactory = inputs => new JsonObject { ["inputs"] = inputs.DeepClone(), ["summary"] = "Processed 25 items." },
            PendingMilliseconds = options.JobPendingMilliseconds * 5,
            RunningMilliseconds = options.JobRunningMilliseconds * 5,
        });

        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_enrich_company", AgentType = OctaveAgentType.EnrichCompany, Description = "Enrich Company" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_enrich_person", AgentType = OctaveAgentType.EnrichPerson, Description = "Enrich Person" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_qualify_person", AgentType = OctaveAgentType.QualifyPerson, Description = "Qualify Person" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_qualify_company", AgentType = OctaveAgentType.QualifyCompany, Description = "Qualify Company" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_content", AgentType = OctaveAgentType.Content, Description = "Content" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_sequence", AgentType = OctaveAgentType.Sequence, Description = "Sequence" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_prospector", AgentType = OctaveAgentType.Prospector, Description = "Prospector" });
        catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_context", AgentType = OctaveAgentType.Context, Description = "Context" });
        catalog.AddOctaveAgent(new OctaveAgentScenario
        {
            AgentOId = "ca_demo_fails",
            AgentType = OctaveAgentType.EnrichCompany,
            Description = "An Enrich Company agent whose runs fail.",
            Error = "Agent run failed: the company could not be resolved",
        });
    }
}
