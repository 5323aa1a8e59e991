#pragma once
#define NVSE_SDK_VALUE 3
