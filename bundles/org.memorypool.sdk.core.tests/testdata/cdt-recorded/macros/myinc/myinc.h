#pragma once
#define MYINC_VALUE 2
