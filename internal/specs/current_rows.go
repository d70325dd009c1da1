package specs

import "sync"

// The current edition's instance types: every row of the current Chinese
// and English pages, in their order (the Chinese page's families first,
// then the bare-metal and not-recommended families only the English page
// lists). TestCurrentTables checks every row and column against verbatim
// copies of the pages in testdata/current. Units are plain: 万 multiplied
// out, GiB, Gbit/s, packets/s, IOPS, GB/s; a vGPU slice's count is its
// fraction of a card (1.0 / 12). The rows are Go constants, not a file
// read at start: gpuspec builds its catalog on every run.

// na marks a figure the page's table does not give: null in the catalog.
const na = -1

// currentRow is one row of a page's table.
type currentRow struct {
	family, name string
	vcpu         int
	memoryGiB    float64
	// gpus is a fraction for a vGPU slice; gpuMemPerGPU is the whole
	// card's memory, gpuMem the instance's.
	gpus, gpuMemPerGPU, gpuMem float64
	network, burst             float64 // Gbit/s: baseline and burst (1.5/5)
	pps, iops                  int64
	diskGBps                   float64
	maxDisks                   int
	queues, queues2            int // primary and secondary ENI (8/32)
	enis, ipv4, ipv6           int
	localGiB                   float64
}

var currentTable = [...]currentRow{
	// family, type, vCPU, memory, GPUs, GPU memory per GPU, GPU memory, network, burst, PPS, IOPS,
	// disk GB/s, disks at most, NIC queues, secondary ENI queues, ENIs, IPv4 per ENI, IPv6 per ENI, local GiB
	// sgn8ia
	{"sgn8ia", "ecs.sgn8ia-m2.xlarge", 4, 16, na, na, 2, 2.5, na, 1000000, 30000, 0.244, 9, 4, na, 4, 15, 15, na},
	{"sgn8ia", "ecs.sgn8ia-m4.2xlarge", 8, 32, na, na, 4, 4, na, 1600000, 45000, 0.305, 9, 8, na, 4, 15, 15, na},
	{"sgn8ia", "ecs.sgn8ia-m8.4xlarge", 16, 64, na, na, 8, 7, na, 2000000, 60000, 0.427, 17, 16, na, 8, 30, 30, na},
	{"sgn8ia", "ecs.sgn8ia-m16.8xlarge", 32, 128, na, na, 16, 10, na, 3000000, 80000, 0.61, 33, 32, na, 8, 30, 30, na},
	{"sgn8ia", "ecs.sgn8ia-m24.12xlarge", 48, 192, na, na, 24, 16, na, 4500000, 120000, 1, 33, 48, na, 8, 30, 30, na},
	{"sgn8ia", "ecs.sgn8ia-m48.24xlarge", 96, 384, na, na, 48, 32, na, 9000000, 240000, 2, 33, 64, na, 15, 30, 30, na},
	// sgn7i-vws
	{"sgn7i-vws", "ecs.sgn7i-vws-m2.xlarge", 4, 15.5, 1.0 / 12, 24, 2, 1.5, 5, 500000, na, na, na, 4, na, 2, 2, 1, na},
	{"sgn7i-vws", "ecs.sgn7i-vws-m4.2xlarge", 8, 31, 1.0 / 6, 24, 4, 2.6, 10, 1000000, na, na, na, 4, na, 4, 6, 1, na},
	{"sgn7i-vws", "ecs.sgn7i-vws-m8.4xlarge", 16, 62, 1.0 / 3, 24, 8, 5, 20, 2000000, na, na, na, 8, na, 4, 10, 1, na},
	{"sgn7i-vws", "ecs.sgn7i-vws-m2s.xlarge", 4, 8, 1.0 / 12, 24, 2, 1.5, 5, 500000, na, na, na, 4, na, 2, 2, 1, na},
	{"sgn7i-vws", "ecs.sgn7i-vws-m4s.2xlarge", 8, 16, 1.0 / 6, 24, 4, 2.6, 10, 1000000, na, na, na, 4, na, 4, 6, 1, na},
	{"sgn7i-vws", "ecs.sgn7i-vws-m8s.4xlarge", 16, 32, 1.0 / 3, 24, 8, 5, 20, 2000000, na, na, na, 8, na, 4, 10, 1, na},
	// vgn7i-vws
	{"vgn7i-vws", "ecs.vgn7i-vws-m4.xlarge", 4, 30, 1.0 / 6, 24, 4, 3, na, 1000000, na, na, na, 4, na, 4, 10, 1, na},
	{"vgn7i-vws", "ecs.vgn7i-vws-m8.2xlarge", 10, 62, 1.0 / 3, 24, 8, 5, na, 2000000, na, na, na, 8, na, 6, 10, 1, na},
	{"vgn7i-vws", "ecs.vgn7i-vws-m12.3xlarge", 14, 93, 1.0 / 2, 24, 12, 8, na, 3000000, na, na, na, 8, na, 6, 15, 1, na},
	{"vgn7i-vws", "ecs.vgn7i-vws-m24.7xlarge", 30, 186, 1, 24, 24, 16, na, 6000000, na, na, na, 12, na, 8, 30, 1, na},
	// vgn6i-vws
	{"vgn6i-vws", "ecs.vgn6i-m4-vws.xlarge", 4, 23, 1.0 / 4, 16, 4, 2, na, 500000, na, na, na, 4, 2, 3, 10, 1, na},
	{"vgn6i-vws", "ecs.vgn6i-m8-vws.2xlarge", 10, 46, 1.0 / 2, 16, 8, 4, na, 800000, na, na, na, 8, 2, 4, 10, 1, na},
	{"vgn6i-vws", "ecs.vgn6i-m16-vws.5xlarge", 20, 92, 1, 16, 16, 7.5, na, 1200000, na, na, na, 6, na, 4, 10, 1, na},
	// gn9gc
	{"gn9gc", "ecs.gn9gc.4xlarge", 16, 128, 1, 72, 72, 16, na, 3600000, na, 1, 1, 8, 32, 8, 30, 30, na},
	{"gn9gc", "ecs.gn9gc.8xlarge", 32, 192, 1, 72, 72, 32, na, 7500000, na, 1, 1, 16, 64, 8, 30, 30, na},
	{"gn9gc", "ecs.gn9gc-2x.16xlarge", 64, 384, 2, 72, 144, 65, na, 15000000, na, 2, 2, 32, 64, 15, 30, 30, na},
	{"gn9gc", "ecs.gn9gc-4x.32xlarge", 128, 768, 4, 72, 288, 131, na, 30000000, na, 4, 4, 64, 64, 15, 50, 50, na},
	{"gn9gc", "ecs.gn9gc-8x.64xlarge", 256, 1536, 8, 72, 576, 204, na, 30000000, na, 6, 6, 128, 64, 15, 50, 50, na},
	// gn8v
	{"gn8v", "ecs.gn8v.4xlarge", 16, 96, 1, 96, 96, 12, na, na, 100000, 0.75, 17, 16, na, 8, 30, 30, na},
	{"gn8v", "ecs.gn8v.6xlarge", 24, 128, 1, 96, 96, 15, na, na, 120000, 0.937, 17, 24, na, 8, 30, 30, na},
	{"gn8v", "ecs.gn8v-2x.8xlarge", 32, 192, 2, 96, 192, 20, na, na, 200000, 1.25, 25, 32, na, 8, 30, 30, na},
	{"gn8v", "ecs.gn8v-4x.8xlarge", 32, 384, 4, 96, 384, 20, na, na, 200000, 1.25, 25, 32, na, 8, 30, 30, na},
	{"gn8v", "ecs.gn8v-2x.12xlarge", 48, 256, 2, 96, 192, 25, na, na, 300000, 1.5, 33, 48, na, 8, 30, 30, na},
	{"gn8v", "ecs.gn8v-8x.16xlarge", 64, 768, 8, 96, 768, 32, na, na, 360000, 2.5, 33, 64, na, 8, 30, 30, na},
	{"gn8v", "ecs.gn8v-4x.24xlarge", 96, 512, 4, 96, 384, 50, na, na, 500000, 3, 49, 64, na, 15, 30, 30, na},
	{"gn8v", "ecs.gn8v-8x.48xlarge", 192, 1024, 8, 96, 768, 100, na, na, 1000000, 6, 65, 64, na, 15, 50, 50, na},
	// gn8v-tee
	{"gn8v-tee", "ecs.gn8v-tee.4xlarge", 16, 96, 1, 96, 96, 12, na, na, 100000, 0.75, 17, 16, na, 8, 30, 30, na},
	{"gn8v-tee", "ecs.gn8v-tee.6xlarge", 24, 128, 1, 96, 96, 15, na, na, 120000, 0.937, 17, 24, na, 8, 30, 30, na},
	{"gn8v-tee", "ecs.gn8v-tee-8x.16xlarge", 64, 768, 8, 96, 768, 32, na, na, 360000, 2.5, 33, 64, na, 8, 30, 30, na},
	{"gn8v-tee", "ecs.gn8v-tee-8x.48xlarge", 192, 1024, 8, 96, 768, 100, na, na, 1000000, 6, 65, 64, na, 15, 50, 50, na},
	// gn8is
	{"gn8is", "ecs.gn8is.2xlarge", 8, 64, 1, 48, 48, 8, na, na, 60000, 0.75, 17, 8, na, 4, 15, 15, na},
	{"gn8is", "ecs.gn8is.4xlarge", 16, 128, 1, 48, 48, 16, na, na, 120000, 1.25, 17, 16, na, 8, 30, 30, na},
	{"gn8is", "ecs.gn8is-2x.8xlarge", 32, 256, 2, 48, 96, 32, na, na, 250000, 2, 33, 32, na, 8, 30, 30, na},
	{"gn8is", "ecs.gn8is-4x.16xlarge", 64, 512, 4, 48, 192, 64, na, na, 450000, 4, 33, 64, na, 8, 30, 30, na},
	{"gn8is", "ecs.gn8is-8x.32xlarge", 128, 1024, 8, 48, 384, 100, na, na, 900000, 8, 65, 64, na, 15, 50, 50, na},
	// gn7e
	{"gn7e", "ecs.gn7e-c16g1.4xlarge", 16, 125, 1, 80, 80, 8, na, 3000000, na, na, na, 8, na, 8, 10, 1, na},
	{"gn7e", "ecs.gn7e-c16g1.8xlarge", 32, 250, 2, 80, 160, 16, na, 6000000, na, na, na, 16, na, 8, 10, 1, na},
	{"gn7e", "ecs.gn7e-c16g1.16xlarge", 64, 500, 4, 80, 320, 32, na, 12000000, na, na, na, 32, na, 8, 10, 1, na},
	{"gn7e", "ecs.gn7e-c16g1.32xlarge", 128, 1000, 8, 80, 640, 64, na, 24000000, na, na, na, 32, na, 16, 15, 1, na},
	// gn7i
	{"gn7i", "ecs.gn7i-c8g1.2xlarge", 8, 30, 1, 24, 24, 16, na, 1600000, na, na, na, 8, na, 4, 15, 15, na},
	{"gn7i", "ecs.gn7i-c16g1.4xlarge", 16, 60, 1, 24, 24, 16, na, 3000000, na, na, na, 8, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-c32g1.8xlarge", 32, 188, 1, 24, 24, 16, na, 6000000, na, na, na, 12, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-c32g1.16xlarge", 64, 376, 2, 24, 48, 32, na, 12000000, na, na, na, 16, na, 15, 30, 30, na},
	{"gn7i", "ecs.gn7i-c32g1.32xlarge", 128, 752, 4, 24, 96, 64, na, 24000000, na, na, na, 32, na, 15, 30, 30, na},
	{"gn7i", "ecs.gn7i-c48g1.12xlarge", 48, 310, 1, 24, 24, 16, na, 9000000, na, na, na, 16, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-c56g1.14xlarge", 56, 346, 1, 24, 24, 16, na, 10000000, na, na, na, 16, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-2x.8xlarge", 32, 128, 2, 24, 48, 16, na, 6000000, na, na, na, 16, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-4x.8xlarge", 32, 128, 4, 24, 96, 32, na, 6000000, na, na, na, 16, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-4x.16xlarge", 64, 256, 4, 24, 96, 64, na, 12000000, na, na, na, 32, na, 8, 30, 30, na},
	{"gn7i", "ecs.gn7i-8x.32xlarge", 128, 512, 8, 24, 192, 64, na, 24000000, na, na, na, 32, na, 16, 30, 30, na},
	{"gn7i", "ecs.gn7i-8x.16xlarge", 64, 256, 8, 24, 192, 32, na, 12000000, na, na, na, 32, na, 8, 30, 30, na},
	// gn7s
	{"gn7s", "ecs.gn7s-c8g1.2xlarge", 8, 60, 1, 24, 24, 16, na, 1600000, na, na, na, 8, na, 4, 5, 1, na},
	{"gn7s", "ecs.gn7s-c16g1.4xlarge", 16, 120, 1, 24, 24, 16, na, 3000000, na, na, na, 8, na, 8, 5, 1, na},
	{"gn7s", "ecs.gn7s-c32g1.8xlarge", 32, 250, 1, 24, 24, 16, na, 6000000, na, na, na, 12, na, 8, 5, 1, na},
	{"gn7s", "ecs.gn7s-c32g1.16xlarge", 64, 500, 2, 24, 48, 32, na, 12000000, na, na, na, 16, na, 15, 5, 1, na},
	{"gn7s", "ecs.gn7s-c32g1.32xlarge", 128, 1000, 4, 24, 96, 64, na, 24000000, na, na, na, 32, na, 15, 10, 1, na},
	{"gn7s", "ecs.gn7s-c48g1.12xlarge", 48, 380, 1, 24, 24, 16, na, 9000000, na, na, na, 16, na, 8, 8, 1, na},
	{"gn7s", "ecs.gn7s-c56g1.14xlarge", 56, 440, 1, 24, 24, 16, na, 10000000, na, na, na, 16, na, 8, 8, 1, na},
	// gn7
	{"gn7", "ecs.gn7-c12g1.3xlarge", 12, 94, 1, 40, 40, 4, na, 2500000, na, na, na, 4, na, 8, 10, 1, na},
	{"gn7", "ecs.gn7-c13g1.13xlarge", 52, 378, 4, 40, 160, 16, na, 9000000, na, na, na, 16, na, 8, 30, 30, na},
	{"gn7", "ecs.gn7-c13g1.26xlarge", 104, 756, 8, 40, 320, 30, na, 18000000, na, na, na, 16, na, 15, 10, 1, na},
	// gn7r
	{"gn7r", "ecs.gn7r-c16g1.4xlarge", 16, 64, 1.0 / 4, na, na, 8, na, 3000000, na, na, na, 8, na, 8, 15, 1, na},
	// gn6i
	{"gn6i", "ecs.gn6i-c4g1.xlarge", 4, 15, 1, 16, 16, 4, na, 2500000, na, na, na, 2, na, 2, 10, 1, na},
	{"gn6i", "ecs.gn6i-c8g1.2xlarge", 8, 31, 1, 16, 16, 5, na, 2500000, na, na, na, 2, na, 2, 10, 1, na},
	{"gn6i", "ecs.gn6i-c16g1.4xlarge", 16, 62, 1, 16, 16, 6, na, 2500000, na, na, na, 4, na, 3, 10, 1, na},
	{"gn6i", "ecs.gn6i-c24g1.6xlarge", 24, 93, 1, 16, 16, 7.5, na, 2500000, na, na, na, 6, na, 4, 10, 1, na},
	{"gn6i", "ecs.gn6i-c40g1.10xlarge", 40, 155, 1, 16, 16, 10, na, 1600000, na, na, na, 16, na, 10, 10, 1, na},
	{"gn6i", "ecs.gn6i-c24g1.12xlarge", 48, 186, 2, 16, 32, 15, na, 4500000, na, na, na, 12, na, 6, 10, 1, na},
	{"gn6i", "ecs.gn6i-c24g1.24xlarge", 96, 372, 4, 16, 64, 30, na, 4500000, 250000, na, na, 24, na, 8, 10, 1, na},
	// gn6e
	{"gn6e", "ecs.gn6e-c12g1.3xlarge", 12, 92, 1, 32, 32, 5, na, 800000, na, na, na, 8, na, 6, 10, 1, na},
	{"gn6e", "ecs.gn6e-c12g1.6xlarge", 24, 184, 2, 32, 64, 8, na, 1200000, na, na, na, 8, na, 8, 20, 1, na},
	{"gn6e", "ecs.gn6e-c12g1.12xlarge", 48, 368, 4, 32, 128, 16, na, 2400000, na, na, na, 8, na, 8, 20, 1, na},
	{"gn6e", "ecs.gn6e-c12g1.24xlarge", 96, 736, 8, 32, 256, 32, na, 4500000, na, na, na, 16, na, 8, 20, 1, na},
	// gn6v
	{"gn6v", "ecs.gn6v-c8g1.2xlarge", 8, 32, 1, 16, 16, 2.5, na, 800000, na, na, na, 4, na, 4, 10, 1, na},
	{"gn6v", "ecs.gn6v-c8g1.4xlarge", 16, 64, 2, 16, 32, 5, na, 1000000, na, na, na, 4, na, 8, 20, 1, na},
	{"gn6v", "ecs.gn6v-c8g1.8xlarge", 32, 128, 4, 16, 64, 10, na, 2000000, na, na, na, 8, na, 8, 20, 1, na},
	{"gn6v", "ecs.gn6v-c8g1.16xlarge", 64, 256, 8, 16, 128, 20, na, 2500000, na, na, na, 16, na, 8, 20, 1, na},
	{"gn6v", "ecs.gn6v-c10g1.20xlarge", 82, 336, 8, 16, 128, 35, na, 4500000, 250000, na, na, 16, na, 8, 20, 1, na},
	// ebmgn9g
	{"ebmgn9g", "ecs.ebmgn9g.64xlarge", 256, 2304, 8, 48, 384, 360, na, 30000000, na, 8, 33, 64, 16, 38, 30, 30, na},
	// ebmgn9ge
	{"ebmgn9ge", "ecs.ebmgn9ge.64xlarge", 256, 2304, 8, 72, 576, 360, na, 30000000, na, 8, 33, 64, 16, 38, 30, 30, na},
	// ebmgn9gc
	{"ebmgn9gc", "ecs.ebmgn9gc.64xlarge", 256, 1536, 8, 72, 576, 360, na, 30000000, na, 8, 33, 64, 16, 38, 30, 30, na},
	// ebmgn8v
	{"ebmgn8v", "ecs.ebmgn8v.48xlarge", 192, 1024, 8, 96, 768, 170, na, 30000000, na, 6, 31, 64, na, 32, 30, 30, na},
	// ebmgn8ia
	{"ebmgn8ia", "ecs.ebmgn8ia.64xlarge", 256, 1536, 4, 48, 192, 160, na, 30000000, na, 6, 31, 64, 16, 32, 30, 30, na},
	// ebmgn8is
	{"ebmgn8is", "ecs.ebmgn8is.32xlarge", 128, 1024, 8, 48, 384, 160, na, 30000000, na, 6, 31, 64, 16, 32, 30, 30, na},
	// ebmgn7e
	{"ebmgn7e", "ecs.ebmgn7e.32xlarge", 128, 1024, 8, 80, 640, 64, na, 24000000, na, na, na, 32, 12, 32, 10, 1, na},
	// ebmgn7i
	{"ebmgn7i", "ecs.ebmgn7i.32xlarge", 128, 768, 4, 24, 96, 64, na, 24000000, na, na, na, 32, na, 32, 10, 1, na},
	// ebmgn7
	{"ebmgn7", "ecs.ebmgn7.26xlarge", 104, 768, 8, 40, 320, 30, na, 18000000, na, na, na, 16, na, 15, 10, 1, na},
	// ebmgn6e
	{"ebmgn6e", "ecs.ebmgn6e.24xlarge", 96, 768, 8, 32, 256, 32, na, 4800000, na, na, na, 16, na, 15, 10, 1, na},
	// ebmgn6v
	{"ebmgn6v", "ecs.ebmgn6v.24xlarge", 96, 384, 8, 16, 128, 30, na, 4500000, na, na, na, 8, na, 32, 10, 1, na},
	// ebmgn6i
	{"ebmgn6i", "ecs.ebmgn6i.24xlarge", 96, 384, 4, 16, 64, 30, na, 4500000, na, na, na, 8, na, 32, 10, 1, na},
	// gn5i
	{"gn5i", "ecs.gn5i-c2g1.large", 2, 8, 1, 8, 8, 1, na, 100000, na, na, na, 2, na, 2, 6, 1, na},
	{"gn5i", "ecs.gn5i-c4g1.xlarge", 4, 16, 1, 8, 8, 1.5, na, 200000, na, na, na, 2, na, 3, 10, 1, na},
	{"gn5i", "ecs.gn5i-c8g1.2xlarge", 8, 32, 1, 8, 8, 2, na, 400000, na, na, na, 4, na, 4, 10, 1, na},
	{"gn5i", "ecs.gn5i-c16g1.4xlarge", 16, 64, 1, 8, 8, 3, na, 800000, na, na, na, 4, na, 8, 20, 1, na},
	{"gn5i", "ecs.gn5i-c16g1.8xlarge", 32, 128, 2, 8, 16, 6, na, 1200000, na, na, na, 8, na, 8, 20, 1, na},
	{"gn5i", "ecs.gn5i-c28g1.14xlarge", 56, 224, 2, 8, 16, 10, na, 2000000, na, na, na, 14, na, 8, 20, 1, na},
	// gn5
	{"gn5", "ecs.gn5-c4g1.xlarge", 4, 30, 1, 16, 16, 3, na, 300000, na, na, na, 1, na, 3, 10, na, 440},
	{"gn5", "ecs.gn5-c8g1.2xlarge", 8, 60, 1, 16, 16, 3, na, 400000, na, na, na, 1, na, 4, 10, na, 440},
	{"gn5", "ecs.gn5-c4g1.2xlarge", 8, 60, 2, 16, 32, 5, na, 1000000, na, na, na, 4, na, 4, 10, na, 880},
	{"gn5", "ecs.gn5-c8g1.4xlarge", 16, 120, 2, 16, 32, 5, na, 1000000, na, na, na, 4, na, 8, 20, na, 880},
	{"gn5", "ecs.gn5-c28g1.7xlarge", 28, 112, 1, 16, 16, 5, na, 2250000, na, na, na, 7, na, 8, 10, na, 440},
	{"gn5", "ecs.gn5-c8g1.8xlarge", 32, 240, 4, 16, 64, 10, na, 2000000, na, na, na, 8, na, 8, 20, na, 1760},
	{"gn5", "ecs.gn5-c28g1.14xlarge", 56, 224, 2, 16, 32, 10, na, 4500000, na, na, na, 14, na, 8, 20, na, 880},
	{"gn5", "ecs.gn5-c8g1.14xlarge", 54, 480, 8, 16, 128, 25, na, 4000000, na, na, na, 14, na, 8, 10, na, 3520},
}

// currentRows are the current edition's types with their own figures;
// the family facts, GPU model and editions are added by the catalog.
var currentRows = sync.OnceValue(func() []InstanceType {
	out := make([]InstanceType, len(currentTable))
	// The nullable figures of all rows point into these, so that the
	// table costs a few allocations, not one per figure.
	floats := make([]float64, 0, 6*len(currentTable))
	ints := make([]int, 0, 4*len(currentTable))
	int64s := make([]int64, 0, 2*len(currentTable))
	float := func(v float64) *float64 {
		if v == na {
			return nil
		}
		floats = append(floats, v)
		return &floats[len(floats)-1]
	}
	whole := func(v int) *int {
		if v == na {
			return nil
		}
		ints = append(ints, v)
		return &ints[len(ints)-1]
	}
	whole64 := func(v int64) *int64 {
		if v == na {
			return nil
		}
		int64s = append(int64s, v)
		return &int64s[len(int64s)-1]
	}
	for i, r := range currentTable {
		out[i] = InstanceType{
			Name:               r.name,
			Family:             r.family,
			VCPU:               r.vcpu,
			MemoryGiB:          r.memoryGiB,
			GPUCount:           float(r.gpus),
			GPUMemoryPerGPUGiB: float(r.gpuMemPerGPU),
			GPUMemoryGiB:       float(r.gpuMem),
			NetworkGbps:        r.network,
			NetworkBurstGbps:   float(r.burst),
			PPS:                whole64(r.pps),
			StorageIOPS:        whole64(r.iops),
			DiskBandwidthGBps:  float(r.diskGBps),
			MaxDisks:           whole(r.maxDisks),
			NICQueues:          r.queues,
			NICQueuesSecondary: whole(r.queues2),
			ENIs:               r.enis,
			PrivateIPsPerENI:   whole(r.ipv4),
			IPv6PerENI:         whole(r.ipv6),
			LocalStorageGiB:    float(r.localGiB),
			Source:             FromDocument,
		}
	}
	return out
})
