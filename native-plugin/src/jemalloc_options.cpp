// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
#include "jemalloc_options.h"

#include <cstdio>
#include <sys/types.h>

namespace {

template <typename T>
bool Read(const JemallocApi& je, const char* name, T& value)
{
    char option[64];
    snprintf(option, sizeof option, "opt.%s", name);
    size_t len = sizeof value;
    return je.mallctl(option, &value, &len, nullptr, 0) == 0 && len == sizeof value;
}

// The C type of each option, as jemalloc 5.3 declares it (src/ctl.c).
enum class Type { Unsigned, Bool, Ssize, Size };

void Add(const JemallocApi& je, std::string& text, const char* name, Type type)
{
    char value[24] = "";
    switch (type) {
    case Type::Unsigned: {
        unsigned number;
        if (Read(je, name, number))
            snprintf(value, sizeof value, "%u", number);
        break;
    }
    case Type::Bool: {
        bool flag;
        if (Read(je, name, flag))
            snprintf(value, sizeof value, "%s", flag ? "true" : "false");
        break;
    }
    case Type::Ssize: {
        ssize_t number;
        if (Read(je, name, number))
            snprintf(value, sizeof value, "%lld", static_cast<long long>(number));
        break;
    }
    case Type::Size: {
        size_t number;
        if (Read(je, name, number))
            snprintf(value, sizeof value, "%llu", static_cast<unsigned long long>(number));
        break;
    }
    }
    if (!value[0])
        return;
    if (!text.empty())
        text += ',';
    text += name;
    text += ':';
    text += value;
}

} // namespace

std::string DescribeJemallocOptions(const JemallocApi& je)
{
    std::string text;
    Add(je, text, "narenas", Type::Unsigned);
    Add(je, text, "retain", Type::Bool);
    Add(je, text, "dirty_decay_ms", Type::Ssize);
    Add(je, text, "muzzy_decay_ms", Type::Ssize);
    Add(je, text, "tcache_max", Type::Size);
    Add(je, text, "lg_extent_max_active_fit", Type::Size);
    Add(je, text, "oversize_threshold", Type::Size);
    return text;
}
