namespace Octave.Interactly.Sdk.Events;

/// <summary>The <c>type</c> discriminators of the events this SDK has a class for.</summary>
public static class InteractlyEventTypes
{
    /// <summary>The <c>start_workflow</c> event; its class documents what it means.</summary>
    public const string StartWorkflow = "start_workflow";

    /// <summary>The <c>end_workflow</c> event; its class documents what it means.</summary>
    public const string EndWorkflow = "end_workflow";

    /// <summary>The <c>end_workflow_iteration</c> event; its class documents what it means.</summary>
    public const string EndWorkflowIteration = "end_workflow_iteration";

    /// <summary>The <c>workflow_ready_for_input</c> event; its class documents what it means.</summary>
    public const string WorkflowReadyForInput = "workflow_ready_for_input";

    /// <summary>The <c>workflow_error</c> event; its class documents what it means.</summary>
    public const string WorkflowError = "workflow_error";

    /// <summary>The <c>workflow_warning</c> event; its class documents what it means.</summary>
    public const string WorkflowWarning = "workflow_warning";

    /// <summary>The <c>workflow_debug_log</c> event; its class documents what it means.</summary>
    public const string WorkflowDebugLog = "workflow_debug_log";

    /// <summary>The <c>workflow_show_state</c> event; its class documents what it means.</summary>
    public const string WorkflowShowState = "workflow_show_state";

    /// <summary>The <c>workflow_navigation_message</c> event; its class documents what it means.</summary>
    public const string WorkflowNavigationMessage = "workflow_navigation_message";

    /// <summary>The <c>start_thread</c> event; its class documents what it means.</summary>
    public const string StartThread = "start_thread";

    /// <summary>The <c>end_thread</c> event; its class documents what it means.</summary>
    public const string EndThread = "end_thread";

    /// <summary>The <c>pause_thread</c> event; its class documents what it means.</summary>
    public const string PauseThread = "pause_thread";

    /// <summary>The <c>start_node_run</c> event; its class documents what it means.</summary>
    public const string StartNodeRun = "start_node_run";

    /// <summary>The <c>end_node_run</c> event; its class documents what it means.</summary>
    public const string EndNodeRun = "end_node_run";

    /// <summary>The <c>user_messages</c> event; its class documents what it means.</summary>
    public const string UserMessages = "user_messages";

    /// <summary>The <c>assistant_response</c> event; its class documents what it means.</summary>
    public const string AssistantResponse = "assistant_response";

    /// <summary>The <c>busy_wait_for_user_message</c> event; its class documents what it means.</summary>
    public const string BusyWaitForUserMessage = "busy_wait_for_user_message";

    /// <summary>The <c>pause_event</c> event; its class documents what it means.</summary>
    public const string PauseEvent = "pause_event";

    /// <summary>The <c>force_transfer_to_node</c> event; its class documents what it means.</summary>
    public const string ForceTransferToNode = "force_transfer_to_node";

    /// <summary>The <c>llm</c> event; its class documents what it means.</summary>
    public const string Llm = "llm";

    /// <summary>The <c>say_llm</c> event; its class documents what it means.</summary>
    public const string SayLlm = "say_llm";

    /// <summary>The <c>worker_llm</c> event; its class documents what it means.</summary>
    public const string WorkerLlm = "worker_llm";

    /// <summary>The <c>condition_evaluator_llm</c> event; its class documents what it means.</summary>
    public const string ConditionEvaluatorLlm = "condition_evaluator_llm";

    /// <summary>The <c>discarded_main_llm</c> event; its class documents what it means.</summary>
    public const string DiscardedMainLlm = "discarded_main_llm";

    /// <summary>The <c>say_static</c> event; its class documents what it means.</summary>
    public const string SayStatic = "say_static";

    /// <summary>The <c>direct_edge</c> event; its class documents what it means.</summary>
    public const string DirectEdge = "direct_edge";

    /// <summary>The <c>self_loop_edge</c> event; its class documents what it means.</summary>
    public const string SelfLoopEdge = "self_loop_edge";

    /// <summary>The <c>companion_edge</c> event; its class documents what it means.</summary>
    public const string CompanionEdge = "companion_edge";

    /// <summary>The <c>conditional_edge</c> event; its class documents what it means.</summary>
    public const string ConditionalEdge = "conditional_edge";

    /// <summary>The <c>reverse_conditional_edge</c> event; its class documents what it means.</summary>
    public const string ReverseConditionalEdge = "reverse_conditional_edge";

    /// <summary>The <c>guardrail_escalation_edge</c> event; its class documents what it means.</summary>
    public const string GuardrailEscalationEdge = "guardrail_escalation_edge";

    /// <summary>The <c>self_loop_delay</c> event; its class documents what it means.</summary>
    public const string SelfLoopDelay = "self_loop_delay";

    /// <summary>The <c>self_loop_exhausted</c> event; its class documents what it means.</summary>
    public const string SelfLoopExhausted = "self_loop_exhausted";

    /// <summary>The <c>node_expired</c> event; its class documents what it means.</summary>
    public const string NodeExpired = "node_expired";

    /// <summary>The <c>waiting_condition_matched</c> event; its class documents what it means.</summary>
    public const string WaitingConditionMatched = "waiting_condition_matched";

    /// <summary>The <c>companion_step_boundary</c> event; its class documents what it means.</summary>
    public const string CompanionStepBoundary = "companion_step_boundary";

    /// <summary>The <c>waiting_evaluation_boundary</c> event; its class documents what it means.</summary>
    public const string WaitingEvaluationBoundary = "waiting_evaluation_boundary";

    /// <summary>The <c>http_request</c> event; its class documents what it means.</summary>
    public const string HttpRequest = "http_request";

    /// <summary>The <c>send_sms</c> event; its class documents what it means.</summary>
    public const string SendSms = "send_sms";

    /// <summary>The <c>start_conversation</c> event; its class documents what it means.</summary>
    public const string StartConversation = "start_conversation";

    /// <summary>The <c>end_conversation</c> event; its class documents what it means.</summary>
    public const string EndConversation = "end_conversation";

    /// <summary>The <c>google_docs_create_document</c> event; its class documents what it means.</summary>
    public const string GoogleDocsCreateDocument = "google_docs_create_document";

    /// <summary>The <c>google_docs_get_document</c> event; its class documents what it means.</summary>
    public const string GoogleDocsGetDocument = "google_docs_get_document";

    /// <summary>The <c>google_docs_update_document</c> event; its class documents what it means.</summary>
    public const string GoogleDocsUpdateDocument = "google_docs_update_document";

    /// <summary>The <c>athena</c> event; its class documents what it means.</summary>
    public const string Athena = "athena";

    /// <summary>
    /// The run acknowledgement frame. The server sends it with no <c>type</c> at all; this is the type the SDK gives it.
    /// </summary>
    public const string RunAck = "run_ack";
}
