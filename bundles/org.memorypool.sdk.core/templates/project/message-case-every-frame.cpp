    case {{constant}}: {
        // Sent every frame: logged the first time only, or the log would grow by thousands of lines a minute.
        static bool logged = false;
        if (!logged) {
            logged = true;
            Log("{{displayName}}: {{description}} (logged once)");
        }
        break;
    }
