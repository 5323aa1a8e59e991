    case {{constant}}:
{{#chosen}}
        Log("{{displayName}}: {{description}}");
{{/chosen}}
{{#initMemoryPool}}
        // Every plugin is loaded by now, MemoryPoolNVSE.dll included when it is installed.
        MemoryPoolClient::Init("{{displayName}}");
        TryMemoryPoolClient();
{{/initMemoryPool}}
{{#releaseCoSave}}
        ReleaseCoSave(); // its blocks go back before the allocator goes away
{{/releaseCoSave}}
        break;
