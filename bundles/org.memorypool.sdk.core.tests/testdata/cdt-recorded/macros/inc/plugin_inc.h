#pragma once
#define INC_VALUE 1
