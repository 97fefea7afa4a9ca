namespace Octave.Interactly.Sdk.Events;

/// <summary>The <c>type</c> discriminators of the events this SDK has a class for.</summary>
public static class InteractlyEventTypes
{
#pragma warning disable CS1591 // Each constant is its own wire value; the event classes document their meaning.
    public const string StartWorkflow = "start_workflow";
    public const string EndWorkflow = "end_workflow";
    public const string EndWorkflowIteration = "end_workflow_iteration";
    public const string WorkflowReadyForInput = "workflow_ready_for_input";
    public const string WorkflowError = "workflow_error";
    public const string WorkflowWarning = "workflow_warning";
    public const string WorkflowDebugLog = "workflow_debug_log";
    public const string WorkflowShowState = "workflow_show_state";
    public const string WorkflowNavigationMessage = "workflow_navigation_message";
    public const string StartThread = "start_thread";
    public const string EndThread = "end_thread";
    public const string PauseThread = "pause_thread";
    public const string StartNodeRun = "start_node_run";
    public const string EndNodeRun = "end_node_run";
    public const string UserMessages = "user_messages";
    public const string AssistantResponse = "assistant_response";
    public const string BusyWaitForUserMessage = "busy_wait_for_user_message";
    public const string PauseEvent = "pause_event";
    public const string ForceTransferToNode = "force_transfer_to_node";
    public const string Llm = "llm";
    public const string SayLlm = "say_llm";
    public const string WorkerLlm = "worker_llm";
    public const string ConditionEvaluatorLlm = "condition_evaluator_llm";
    public const string DiscardedMainLlm = "discarded_main_llm";
    public const string SayStatic = "say_static";
    public const string DirectEdge = "direct_edge";
    public const string SelfLoopEdge = "self_loop_edge";
    public const string CompanionEdge = "companion_edge";
    public const string ConditionalEdge = "conditional_edge";
    public const string ReverseConditionalEdge = "reverse_conditional_edge";
    public const string GuardrailEscalationEdge = "guardrail_escalation_edge";
    public const string SelfLoopDelay = "self_loop_delay";
    public const string SelfLoopExhausted = "self_loop_exhausted";
    public const string NodeExpired = "node_expired";
    public const string WaitingConditionMatched = "waiting_condition_matched";
    public const string CompanionStepBoundary = "companion_step_boundary";
    public const string WaitingEvaluationBoundary = "waiting_evaluation_boundary";
    public const string HttpRequest = "http_request";
    public const string SendSms = "send_sms";
    public const string StartConversation = "start_conversation";
    public const string EndConversation = "end_conversation";
    public const string GoogleDocsCreateDocument = "google_docs_create_document";
    public const string GoogleDocsGetDocument = "google_docs_get_document";
    public const string GoogleDocsUpdateDocument = "google_docs_update_document";
    public const string Athena = "athena";
#pragma warning restore CS1591
}
