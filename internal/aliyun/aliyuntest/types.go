package aliyuntest

import (
	"fmt"
)

// Gbps is how the API encodes a bandwidth of n Gbit/s: Kbit/s, with
// 1 Gbit/s reported as 1,024,000 (the API reference's sample: 1 Gbit/s is
// 1024000, 20 Gbit/s is 20480000).
func Gbps(n float64) int64 { return int64(n * 1_024_000) }

// Type is an instance type as DescribeInstanceTypes reports it; the fields
// tagged "-" say where and how the fake sells it.
type Type struct {
	InstanceTypeId              string
	InstanceTypeFamily          string
	InstanceCategory            string
	CpuArchitecture             string
	CpuCoreCount                int
	MemorySize                  float64
	GPUAmount                   int
	GPUSpec                     string
	GPUMemorySize               float64 // per GPU; for a vGPU slice, the slice's
	InstanceBandwidthRx         int64
	InstanceBandwidthTx         int64
	InstancePpsRx               int64
	InstancePpsTx               int64
	EniQuantity                 int
	EniPrivateIpAddressQuantity int
	EniIpv6AddressQuantity      int
	PrimaryEniQueueNumber       int
	SecondaryEniQueueNumber     int
	EriQuantity                 int
	LocalStorageCapacity        int64      `json:",omitempty"`
	LocalStorageAmount          int        `json:",omitempty"`
	SupportedBootModes          *BootModes `json:",omitempty"`

	// Zones maps a zone to the StatusCategory DescribeAvailableResource
	// gives the type there: WithStock, ClosedWithStock, WithoutStock or
	// ClosedWithoutStock.
	Zones map[string]string `json:"-"`
	// Price is CNY per hour for the instance alone; 0: DescribePrice
	// refuses the type with RefuseCode.
	Price      float64 `json:"-"`
	RefuseCode string  `json:"-"`
	// ESSDOnly: the family takes only ESSD disks, so DescribePrice with
	// another system disk category (the API's default is an ultra disk)
	// is refused with InvalidSystemDiskCategory.ValueNotSupported.
	ESSDOnly bool `json:"-"`
}

// BootModes is the API's list of boot modes.
type BootModes struct {
	SupportedBootMode []string
}

var (
	both = &BootModes{SupportedBootMode: []string{"BIOS", "UEFI"}}
	uefi = &BootModes{SupportedBootMode: []string{"UEFI"}}
)

const (
	gpuCategory    = "Compute-optimized with GPU"
	visualCategory = "Visual Compute-optimized"
	bareMetal      = "ECS Bare Metal"
)

// Hangzhou are the types of cn-hangzhou: whole GPUs, vGPU slices (one
// "GPU" each, with the slice's memory), an A100 with 80 GB, a bare-metal
// type, an ARM type no longer sold, ESSD-only types, a slice whose card
// the API does not name, a type DescribePrice refuses, a type the
// documents lack, and a type with no GPU, which a sync must leave out. Figures are those of Alibaba Cloud's pages.
func Hangzhou() []Type {
	return []Type{
		{InstanceTypeId: "ecs.gn7i-c8g1.2xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 8, MemorySize: 30,
			GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(16), InstanceBandwidthTx: Gbps(16), InstancePpsRx: 1_600_000, InstancePpsTx: 1_600_000,
			EniQuantity: 4, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 15, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock", "cn-hangzhou-i": "WithStock", "cn-hangzhou-j": "WithoutStock"}, Price: 11.85},
		{InstanceTypeId: "ecs.gn7i-c32g1.32xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 128, MemorySize: 752,
			GPUAmount: 4, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(64), InstanceBandwidthTx: Gbps(64), InstancePpsRx: 24_000_000, InstancePpsTx: 24_000_000,
			EniQuantity: 15, EniPrivateIpAddressQuantity: 30, EniIpv6AddressQuantity: 30, PrimaryEniQueueNumber: 32, SecondaryEniQueueNumber: 16, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-i": "WithStock", "cn-hangzhou-h": "WithoutStock"}, Price: 98.1},
		{InstanceTypeId: "ecs.sgn7i-vws-m2.xlarge", InstanceTypeFamily: "ecs.sgn7i-vws", InstanceCategory: visualCategory, CpuArchitecture: "X86", CpuCoreCount: 4, MemorySize: 15.5,
			GPUAmount: 1, GPUSpec: "NVIDIA A10", GPUMemorySize: 2, InstanceBandwidthRx: Gbps(1.5), InstanceBandwidthTx: Gbps(1.5), InstancePpsRx: 500_000, InstancePpsTx: 500_000,
			EniQuantity: 2, EniPrivateIpAddressQuantity: 2, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 4, SecondaryEniQueueNumber: 2, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock"}, Price: 2.32},
		{InstanceTypeId: "ecs.gn7e-c16g1.4xlarge", InstanceTypeFamily: "ecs.gn7e", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 16, MemorySize: 125,
			GPUAmount: 1, GPUSpec: "NVIDIA A100", GPUMemorySize: 80, InstanceBandwidthRx: Gbps(8), InstanceBandwidthTx: Gbps(8), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 10, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-i": "ClosedWithStock"}, Price: 34.74},
		{InstanceTypeId: "ecs.ebmgn7i.32xlarge", InstanceTypeFamily: "ecs.ebmgn7i", InstanceCategory: bareMetal, CpuArchitecture: "X86", CpuCoreCount: 128, MemorySize: 768,
			GPUAmount: 4, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(64), InstanceBandwidthTx: Gbps(64), InstancePpsRx: 24_000_000, InstancePpsTx: 24_000_000,
			EniQuantity: 32, EniPrivateIpAddressQuantity: 10, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 32, SecondaryEniQueueNumber: 32, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithoutStock"}, Price: 112.4},
		{InstanceTypeId: "ecs.gn8is.2xlarge", InstanceTypeFamily: "ecs.gn8is", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 8, MemorySize: 64,
			GPUAmount: 1, GPUSpec: "NVIDIA L20", GPUMemorySize: 48, InstanceBandwidthRx: Gbps(8), InstanceBandwidthTx: Gbps(8), InstancePpsRx: 1_600_000, InstancePpsTx: 1_600_000,
			EniQuantity: 4, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 15, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, EriQuantity: 1, SupportedBootModes: uefi,
			Zones: map[string]string{"cn-hangzhou-j": "WithStock"}, Price: 17.52, ESSDOnly: true},
		{InstanceTypeId: "ecs.gn7r-c16g1.4xlarge", InstanceTypeFamily: "ecs.gn7r", InstanceCategory: gpuCategory, CpuArchitecture: "ARM", CpuCoreCount: 16, MemorySize: 64,
			GPUAmount: 1, GPUSpec: "NVIDIA A16", GPUMemorySize: 16, InstanceBandwidthRx: Gbps(8), InstanceBandwidthTx: Gbps(8), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 8, SecondaryEniQueueNumber: 8, SupportedBootModes: uefi,
			Zones: map[string]string{"cn-hangzhou-h": "ClosedWithoutStock"}, Price: 9.4},
		// A contact-sales type whose card the API does not name: it
		// counts as a GPU type by its GPUAmount, and DescribePrice will
		// not price it by the hour.
		{InstanceTypeId: "ecs.gn8v.4xlarge", InstanceTypeFamily: "ecs.gn8v", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 16, MemorySize: 96,
			GPUAmount: 1, GPUMemorySize: 96, InstanceBandwidthRx: Gbps(12), InstanceBandwidthTx: Gbps(12), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 30, EniIpv6AddressQuantity: 30, PrimaryEniQueueNumber: 16, SecondaryEniQueueNumber: 16, EriQuantity: 2, SupportedBootModes: uefi,
			Zones: map[string]string{"cn-hangzhou-k": "WithStock"}, RefuseCode: "InvalidInstanceType.ValueNotSupported", ESSDOnly: true},
		{InstanceTypeId: "ecs.sgn8ia-m2.xlarge", InstanceTypeFamily: "ecs.sgn8ia", InstanceCategory: visualCategory, CpuArchitecture: "X86", CpuCoreCount: 4, MemorySize: 16,
			GPUAmount: 1, GPUMemorySize: 2, InstanceBandwidthRx: Gbps(2.5), InstanceBandwidthTx: Gbps(2.5), InstancePpsRx: 1_000_000, InstancePpsTx: 1_000_000,
			EniQuantity: 4, EniPrivateIpAddressQuantity: 15, EniIpv6AddressQuantity: 15, PrimaryEniQueueNumber: 4, SecondaryEniQueueNumber: 4, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-j": "WithStock"}, Price: 3.05, ESSDOnly: true},
		{InstanceTypeId: "ecs.gn6i-c4g1.xlarge", InstanceTypeFamily: "ecs.gn6i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 4, MemorySize: 15,
			GPUAmount: 1, GPUSpec: "NVIDIA T4", GPUMemorySize: 16, InstanceBandwidthRx: Gbps(4), InstanceBandwidthTx: Gbps(4), InstancePpsRx: 2_500_000, InstancePpsTx: 2_500_000,
			EniQuantity: 2, EniPrivateIpAddressQuantity: 10, EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 2, SecondaryEniQueueNumber: 2, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock", "cn-hangzhou-i": "WithStock"}, Price: 8.7},
		// A size the documents do not list, in a family they do.
		{InstanceTypeId: "ecs.gn7i-c16g1.8xlarge", InstanceTypeFamily: "ecs.gn7i", InstanceCategory: gpuCategory, CpuArchitecture: "X86", CpuCoreCount: 32, MemorySize: 120,
			GPUAmount: 2, GPUSpec: "NVIDIA A10", GPUMemorySize: 24, InstanceBandwidthRx: Gbps(20), InstanceBandwidthTx: Gbps(20), InstancePpsRx: 3_000_000, InstancePpsTx: 3_000_000,
			EniQuantity: 8, EniPrivateIpAddressQuantity: 30, EniIpv6AddressQuantity: 30, PrimaryEniQueueNumber: 16, SecondaryEniQueueNumber: 8, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-i": "WithStock"}, Price: 40.2},
		// No GPU: DescribeInstanceTypes returns every type; a sync keeps
		// only those with a GPU.
		{InstanceTypeId: "ecs.g7.large", InstanceTypeFamily: "ecs.g7", InstanceCategory: "General-purpose", CpuArchitecture: "X86", CpuCoreCount: 2, MemorySize: 8,
			InstanceBandwidthRx: Gbps(2), InstanceBandwidthTx: Gbps(2), InstancePpsRx: 900_000, InstancePpsTx: 900_000, EniQuantity: 3, EniPrivateIpAddressQuantity: 6,
			EniIpv6AddressQuantity: 1, PrimaryEniQueueNumber: 2, SecondaryEniQueueNumber: 2, SupportedBootModes: both,
			Zones: map[string]string{"cn-hangzhou-h": "WithStock"}, Price: 0.46},
	}
}

// Beijing are the types of cn-beijing: fewer, with other stock and prices.
func Beijing() []Type {
	pick := func(name string, zones map[string]string, price float64) Type {
		for _, t := range Hangzhou() {
			if t.InstanceTypeId == name {
				t.Zones, t.Price = zones, price
				return t
			}
		}
		panic("no type " + name)
	}
	return []Type{
		pick("ecs.gn7i-c8g1.2xlarge", map[string]string{"cn-beijing-g": "WithStock", "cn-beijing-h": "WithStock"}, 12.4),
		pick("ecs.gn6i-c4g1.xlarge", map[string]string{"cn-beijing-g": "WithStock"}, 8.1),
		pick("ecs.g7.large", map[string]string{"cn-beijing-h": "WithStock"}, 0.48),
	}
}

// Synthetic is n GPU types of a made-up family in one zone of region, all
// with prices: what the price benchmark syncs.
func Synthetic(region string, n int) []Type {
	out := make([]Type, n)
	for i := range out {
		t := Hangzhou()[0]
		t.InstanceTypeId = fmt.Sprintf("ecs.gnbench-c%dg1.xlarge", i+1)
		t.InstanceTypeFamily = "ecs.gnbench"
		t.Zones = map[string]string{region + "-a": "WithStock"}
		t.Price = 1 + float64(i)/100
		out[i] = t
	}
	return out
}
