using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>Checks a frame's <see cref="WorkflowRunInput"/> before anything is sent.</summary>
internal static class StreamInput
{
    public static void Validate(WorkflowRunInput input)
    {
        Argument.NotNull(input, "run_input");
        if (input.WorkflowId is not null)
        {
            Argument.ObjectId(input.WorkflowId, "workflow_id");
        }

        if (input.ThreadToNodeInputs is null || !input.ThreadToNodeInputs.ContainsKey(WorkflowRunInput.MainThreadId))
        {
            throw Argument.Invalid("thread_to_node_inputs", "thread_to_node_inputs must contain the main thread \"0\" (it may have no node inputs).");
        }

        if (input.InitialState is not null)
        {
            // The streaming driver closes with 4006 when it sees this field; say so before connecting.
            throw Argument.Invalid("initial_state", "initial_state must not be sent by clients; the streaming endpoint rejects it (close code 4006).");
        }
    }
}
