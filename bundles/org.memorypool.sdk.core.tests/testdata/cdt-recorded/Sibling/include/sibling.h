#pragma once
#define SIBLING_VALUE 7
